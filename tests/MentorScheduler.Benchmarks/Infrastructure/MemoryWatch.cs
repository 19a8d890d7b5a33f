using System.Diagnostics;

namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>
/// Samples this process's working set and managed heap every 20 ms while it lives, keeping the peaks: what a piece
/// of work needs, where <see cref="Process.PeakWorkingSet64"/> would report the peak of the process's whole life.
/// On Linux the resident size is read from /proc/self/status (one short read; <see cref="Process"/> parses several
/// files per sample, which showed in the profile of the work being measured), with its anonymous part apart: the
/// rest is file pages mapped into the process (the runtime's and the app's assemblies, SQLite's database file, which
/// is read through mmap), which the operating system shares and can drop.
/// </summary>
public sealed class MemoryWatch : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peakWorkingSet;
    private long _peakHeap;
    private long _peakAnonymous;

    public MemoryWatch()
    {
        Sample();
        _sampling = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false)) Sample();
        });
    }

    public long PeakWorkingSet => Interlocked.Read(ref _peakWorkingSet);

    public long PeakHeap => Interlocked.Read(ref _peakHeap);

    /// <summary>The peak of the working set's anonymous memory (heaps, stacks, the runtime's own), on Linux; else the working set's.</summary>
    public long PeakAnonymous => Interlocked.Read(ref _peakAnonymous);

    public void Dispose()
    {
        Sample();
        _stop.Cancel();
        try
        {
            _sampling.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // stopped, as asked
        }
        _stop.Dispose();
    }

    private void Sample()
    {
        var (resident, anonymous) = Resident();
        Max(ref _peakWorkingSet, resident);
        Max(ref _peakAnonymous, anonymous);
        Max(ref _peakHeap, GC.GetTotalMemory(forceFullCollection: false));
    }

    private static (long Resident, long Anonymous) Resident()
    {
        if (!OperatingSystem.IsLinux())
        {
            using var process = Process.GetCurrentProcess();
            return (process.WorkingSet64, process.WorkingSet64);
        }
        long resident = 0, anonymous = 0;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) resident = Kilobytes(line);
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anonymous = Kilobytes(line);
        }
        return (resident, anonymous);
    }

    // "VmRSS:	  123456 kB"
    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;

    private static void Max(ref long peak, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, seen) != seen)
        {
            // another sample raced this one; look again
        }
    }
}
