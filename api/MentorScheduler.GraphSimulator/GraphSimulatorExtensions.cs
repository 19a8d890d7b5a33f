using MentorScheduler.GraphSimulator.Calendar;
using MentorScheduler.GraphSimulator.Directory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorScheduler.GraphSimulator;

/// <summary>Registers and maps the Graph v1.0 simulator on any ASP.NET Core host.</summary>
public static class GraphSimulatorExtensions
{
    /// <summary>Adds the simulator's state, seeded with <paramref name="tenant"/> (the demo tenant by default).</summary>
    public static IServiceCollection AddGraphSimulator(this IServiceCollection services, DemoTenant? tenant = null)
    {
        var seed = tenant ?? DemoTenant.LoadDefault();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(seed);
        services.AddSingleton<SimulatedDirectory>();
        services.AddCalendar();
        return services;
    }

    /// <summary>Maps Graph v1.0 routes under <c>{prefix}/v1.0</c>; no token is needed.</summary>
    public static RouteGroupBuilder MapGraphSimulator(this IEndpointRouteBuilder endpoints, string prefix = "/graph-sim")
    {
        var graph = endpoints.MapGroup(prefix + "/v1.0").ExcludeFromDescription();
        graph.MapUsers();
        graph.MapCalendar();
        return graph;
    }
}
