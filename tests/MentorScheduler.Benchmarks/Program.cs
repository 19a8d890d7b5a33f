using MentorScheduler.Benchmarks.Agendas;
using MentorScheduler.Benchmarks.Notifications;
using MentorScheduler.Benchmarks.Reads;
using MentorScheduler.Benchmarks.Slots;
using MentorScheduler.Benchmarks.Sweep;

namespace MentorScheduler.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/MentorScheduler.Benchmarks -- SCENARIO [options]</c>.
/// One class per scenario; a new one goes into <see cref="Find"/> and <see cref="All"/>.
/// (Not top-level statements: those would declare a global <c>Program</c> that hides the app's.)
/// </summary>
public static class BenchmarkProgram
{
    public static IScenario[] All => [new SlotsScenario(), new SweepScenario(), new NotificationLagScenario(), new ApiReadsScenario(), new AgendaRenderScenario(), new ProgramReportScenario()];

    public static IScenario? Find(string? name) => name?.ToLowerInvariant() switch
    {
        "slots" => new SlotsScenario(),
        "agenda-sweep" => new SweepScenario(),
        "notification-lag" => new NotificationLagScenario(),
        "api-reads" => new ApiReadsScenario(),
        "agenda-render" => new AgendaRenderScenario(),
        "program-report" => new ProgramReportScenario(),
        _ => null,
    };

    public static async Task<int> Main(string[] args)
    {
        var scenario = Find(args.FirstOrDefault());
        if (scenario is null)
        {
            await Console.Error.WriteLineAsync("usage: dotnet run -c Release --project tests/MentorScheduler.Benchmarks -- SCENARIO [options]");
            await Console.Error.WriteLineAsync();
            foreach (var s in All) await Console.Error.WriteLineAsync($"  {s.Name,-14} {s.Summary}");
            return 2;
        }
        return await scenario.RunAsync(args[1..]);
    }
}
