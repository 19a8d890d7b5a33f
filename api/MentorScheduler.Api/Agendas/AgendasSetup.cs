using MentorScheduler.Api.Core;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Infrastructure;

namespace MentorScheduler.Api.Agendas;

/// <summary>Registers the agenda feature: templates, rendering, the sweep and its timer.</summary>
public static class AgendasSetup
{
    public static IServiceCollection AddAgendas(this IServiceCollection services)
    {
        services.AddOptions<AgendaOptions>().BindConfiguration(AgendaOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ITemplateEngine, ScribanTemplateEngine>();
        services.AddSingleton<AgendaHtmlSanitizer>();
        services.AddSingleton<CompiledTemplateCache>();
        services.AddSingleton(new MailboxGate(perMailbox: 4));
        services.AddSingleton<GraphBatchSlots>();
        services.AddScoped<GraphBatcher>();
        services.AddScoped<AgendaQueries>();
        services.AddScoped<ISessionContent>(sp => sp.GetRequiredService<AgendaQueries>());
        services.AddScoped<AgendaItems>();
        services.AddScoped<AgendaModelBuilder>();
        services.AddScoped<AgendaRenderer>();
        services.AddScoped<DeliveryLedger>();
        services.AddSingleton<LeaseKeeper>();
        services.AddScoped<UpcomingOccurrences>();
        services.AddScoped<AgendaSweep>();
        services.AddHostedService<AgendaSweepHost>();
        return services;
    }

    public static void MapAgendaFeature(this IEndpointRouteBuilder app, GraphMode mode)
    {
        app.MapItems();
        app.MapAgendas(mode);
    }
}
