using System.Globalization;

namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>Times for people: ms with sensible precision.</summary>
public static class Durations
{
    public static string Ms(double nanoseconds)
    {
        var ms = nanoseconds / 1_000_000d;
        return ms switch
        {
            < 10 => ms.ToString("0.00", CultureInfo.InvariantCulture) + " ms",
            < 100 => ms.ToString("0.0", CultureInfo.InvariantCulture) + " ms",
            _ => ms.ToString("0", CultureInfo.InvariantCulture) + " ms",
        };
    }
}
