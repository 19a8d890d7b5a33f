using System.Diagnostics;

namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>
/// Samples this process's working set and managed heap every 20 ms while it lives, keeping the peaks: what a piece
/// of work needs, where <see cref="Process.PeakWorkingSet64"/> would report the peak of the process's whole life.
/// On Linux the resident size is read from /proc/self/statm (one short read; <see cref="Process"/> parses several
/// files per sample, which showed in the profile of the work being measured).
/// </summary>
public sealed class MemoryWatch : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peakWorkingSet;
    private long _peakHeap;

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
        Max(ref _peakWorkingSet, WorkingSet());
        Max(ref _peakHeap, GC.GetTotalMemory(forceFullCollection: false));
    }

    private static long WorkingSet()
    {
        if (OperatingSystem.IsLinux())
        {
            // "size resident shared text lib data dt", in pages.
            var fields = File.ReadAllText("/proc/self/statm").Split(' ');
            return long.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) * Environment.SystemPageSize;
        }
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static void Max(ref long peak, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, seen) != seen)
        {
            // another sample raced this one; look again
        }
    }
}
