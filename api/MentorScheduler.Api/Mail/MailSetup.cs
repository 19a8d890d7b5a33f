namespace MentorScheduler.Api.Mail;

/// <summary>The mail outbox: what the product owes people by mail, sent in the background.</summary>
public static class MailSetup
{
    public static IServiceCollection AddMailOutbox(this IServiceCollection services)
    {
        services.AddSingleton<MailSignal>();
        services.AddScoped<MailOutbox>();
        services.AddHostedService<MailOutboxHost>();
        return services;
    }
}
