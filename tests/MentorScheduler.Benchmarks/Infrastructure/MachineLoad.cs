using System.Globalization;

namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>
/// The 1-minute load average (Linux), printed before and after the timing so a run that shared the machine
/// with other work can be told from a quiet one: timings are only comparable when it stays below the cores.
/// </summary>
public static class MachineLoad
{
    public static double? OneMinute()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    public static string Describe(string when)
    {
        var load = OneMinute();
        if (load is null) return $"load average {when}: unknown";
        var busy = load > Environment.ProcessorCount ? $"; above the {Environment.ProcessorCount} cores: other work shared the machine, timings are inflated" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"load average {when}: {load:0.00} on {Environment.ProcessorCount} cores{busy}");
    }
}
