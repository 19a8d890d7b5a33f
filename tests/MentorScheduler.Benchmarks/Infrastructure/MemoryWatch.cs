using System.Diagnostics;

namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>
/// Samples this process's working set and managed heap every 20 ms while it lives, keeping the peaks: what a piece
/// of work needs, where <see cref="Process.PeakWorkingSet64"/> would report the peak of the process's whole life.
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
        using var process = Process.GetCurrentProcess();
        Max(ref _peakWorkingSet, process.WorkingSet64);
        Max(ref _peakHeap, GC.GetTotalMemory(forceFullCollection: false));
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
