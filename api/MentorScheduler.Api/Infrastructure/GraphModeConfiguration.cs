namespace MentorScheduler.Api.Infrastructure;

/// <summary>Reads the app-wide mode once, at start-up, for the composition in Program.cs.</summary>
public static class GraphModeConfiguration
{
    public const string Key = "Graph:Mode";

    public static GraphMode GraphMode(this IConfiguration configuration) =>
        configuration.GetValue(Key, Infrastructure.GraphMode.Simulated);
}
