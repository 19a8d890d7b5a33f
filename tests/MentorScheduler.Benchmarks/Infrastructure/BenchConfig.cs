using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>BenchmarkDotNet settings shared by the scenarios.</summary>
public static class BenchConfig
{
    /// <summary>
    /// A short job (1 launch, 3 warm-up and 10 measured iterations) run in this process, so a benchmark can
    /// use the app and the data a scenario has already started and seeded, and nothing is rebuilt in a child
    /// process. Reports go to ./BenchmarkDotNet.Artifacts (ignored by git).
    /// </summary>
    public static IConfig ShortInProcess() => ManualConfig.CreateEmpty()
        .AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("short-inprocess"))
        .AddLogger(ConsoleLogger.Default)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddExporter(MarkdownExporter.GitHub)
        .WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond));
}
