using MentorScheduler.GraphSimulator.Batching;
using MentorScheduler.GraphSimulator.Calendar;
using MentorScheduler.GraphSimulator.Directory;
using MentorScheduler.GraphSimulator.Faults;
using MentorScheduler.GraphSimulator.Mail;
using MentorScheduler.GraphSimulator.Security;
using MentorScheduler.GraphSimulator.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorScheduler.GraphSimulator;

/// <summary>Registers and maps the Graph v1.0 simulator on any ASP.NET Core host.</summary>
public static class GraphSimulatorExtensions
{
    /// <summary>
    /// Adds the simulator's state, seeded with <paramref name="tenant"/> (the demo tenant by default); with
    /// <paramref name="strictTokens"/>, every request needs a token Graph would take (Security/StrictTokenOptions).
    /// </summary>
    public static IServiceCollection AddGraphSimulator(this IServiceCollection services, DemoTenant? tenant = null, StrictTokenOptions? strictTokens = null)
    {
        if (strictTokens is not null) services.AddSingleton(strictTokens);
        var seed = tenant ?? DemoTenant.LoadDefault();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(seed);
        services.AddSingleton<SimulatedDirectory>();
        services.AddSingleton<SimulatedMailboxes>();
        services.AddSingleton<FaultRules>();
        services.AddSingleton<SimulatedLatency>();
        services.AddSingleton<TrafficCounters>();
        services.AddSingleton<BatchRunner>();
        services.AddSingleton<BatchStepSender>();
        services.AddHttpClient(BatchStepSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddCalendar();
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<NotificationFaults>();
        services.AddSingleton(sp => new NotificationDispatcher(sp.GetRequiredService<CalendarChangeFeed>(), sp.GetRequiredService<SubscriptionStore>(),
            sp.GetRequiredService<NotificationFaults>(), sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<SimulatedDirectory>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<NotificationDispatcher>>()));
        services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
        services.AddHttpClient(NotificationDispatcher.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        return services;
    }

    /// <summary>Maps Graph v1.0 routes under <c>{prefix}/v1.0</c>; no token is needed unless strict-token mode is on.</summary>
    public static RouteGroupBuilder MapGraphSimulator(this IEndpointRouteBuilder endpoints, string prefix = "/graph-sim")
    {
        var graph = endpoints.MapGroup(prefix + "/v1.0").ExcludeFromDescription();
        // Outermost: the simulator's own failures answer as Graph's 500, logged with the route.
        graph.AddEndpointFilter<Infrastructure.UnexpectedFailureFilter>();
        // Every v1.0 route, whoever maps it: counters, global latency and fault rules (Faults/README.md).
        graph.AddEndpointFilter<GraphTrafficFilter>();
        // Strict-token mode only: the bearer token and the permission each route needs, as Graph checks them.
        graph.AddEndpointFilter<StrictTokenFilter>();
        graph.MapUsers();
        graph.MapMail();
        graph.MapCalendar();
        graph.MapJsonBatch();
        graph.MapSubscriptions();
        // Beside v1.0, not under it: /graph-sim/admin (faults, latency, counters).
        endpoints.MapGraphSimulatorAdmin(prefix).MapSubscriptionAdmin();
        return graph;
    }
}
