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
        // A request's batches (mentor suggestions) have places of their own; background work (the sweep) shares the process's.
        services.AddScoped(sp => Batcher(sp, slots: null));
        services.AddKeyedScoped(GraphBatcher.Background, (sp, _) => Batcher(sp, sp.GetRequiredService<GraphBatchSlots>()));
        services.AddScoped<AgendaQueries>();
        services.AddScoped<ISessionContent>(sp => sp.GetRequiredService<AgendaQueries>());
        services.AddScoped<AgendaItems>();
        services.AddScoped<AgendaModelBuilder>();
        services.AddScoped<AgendaRenderer>();
        services.AddScoped<DeliveryLedger>();
        services.AddSingleton<LeaseKeeper>();
        services.AddScoped<UpcomingOccurrences>();
        services.AddScoped<SweepClosings>();
        services.AddScoped<AgendaSweep>();
        services.AddHostedService<AgendaSweepHost>();
        return services;
    }

    private static GraphBatcher Batcher(IServiceProvider sp, GraphBatchSlots? slots) => new(
        sp.GetRequiredService<MailboxGate>(), slots, sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphOptions>>(), sp.GetRequiredService<TimeProvider>(),
        sp.GetRequiredService<Telemetry.AppMetrics>(), sp.GetRequiredService<ILogger<GraphBatcher>>());

    public static void MapAgendaFeature(this IEndpointRouteBuilder app, GraphMode mode)
    {
        app.MapItems();
        app.MapAgendas(mode);
    }
}
