namespace MentorScheduler.Api.Infrastructure;

/// <summary>
/// Reads the app-wide mode once, at start-up. Simulated mode lets anyone mint anyone's token, so it is never
/// chosen silently outside development: with no <c>Graph:Mode</c>, the Development environment (what
/// <c>dotnet run</c> uses) runs Simulated and every other environment refuses to start, naming the key.
/// </summary>
public static class GraphModeConfiguration
{
    public const string Key = "Graph:Mode";

    public static GraphMode GraphMode(this IConfiguration configuration, IHostEnvironment environment)
    {
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
        {
            if (environment.IsDevelopment()) return Infrastructure.GraphMode.Simulated;
            throw new InvalidOperationException(
                $"Graph:Mode is not set and the environment is {environment.EnvironmentName}. Set Graph__Mode=Live with the Entra settings " +
                "for a real tenant (README, \"Live mode\"), or Graph__Mode=Simulated to run the demo tenant on purpose: Simulated mode " +
                "hands out tokens for any demo user, including a program admin, at /dev/token.");
        }
        return EnumText.TryParse<GraphMode>(text, out var mode)
            ? mode
            : throw new InvalidOperationException($"Graph:Mode is '{text}'; set it to Live or Simulated.");
    }
}
