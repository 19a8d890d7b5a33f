using MentorScheduler.Api.Infrastructure;

namespace MentorScheduler.Api.Graph;

/// <summary>Registers the Graph clients for the configured mode and the readers built on them.</summary>
public static class GraphSetup
{
    public static IServiceCollection AddGraph(this IServiceCollection services, GraphMode mode)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (mode == GraphMode.Simulated)
            services.AddSingleton<IGraphClients, SimulatedGraphClients>();
        else
            services.AddSingleton<IGraphClients, LiveGraphClients>();
        services.AddScoped<PeopleDirectory>();
        services.AddExceptionHandler<GraphExceptionHandler>();
        return services;
    }
}
