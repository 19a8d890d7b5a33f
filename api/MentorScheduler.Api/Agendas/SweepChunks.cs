namespace MentorScheduler.Api.Agendas;

/// <summary>What one chunk of a sweep delivered.</summary>
internal readonly record struct ChunkResult(int Agendas, int Reminders, int RenderFailures);

/// <summary>
/// A sweep's chunks of due relationships delivered side by side, at most <paramref name="inFlight"/> at once, their
/// counts added up as each finishes. A chunk that fails fails the sweep, after the others have been let finish.
/// </summary>
internal sealed class SweepChunks(int inFlight, Func<List<Guid>, Task<ChunkResult>> deliver)
{
    private readonly List<Task<ChunkResult>> _running = [];

    public ChunkResult Total { get; private set; }

    /// <summary>Starts a chunk, once fewer than the limit are running.</summary>
    public async Task StartAsync(List<Guid> chunk)
    {
        if (_running.Count >= inFlight) await CollectAsync(await Task.WhenAny(_running));
        _running.Add(deliver(chunk));
    }

    /// <summary>Waits for every chunk started; the first failure is thrown once all have finished.</summary>
    public async Task FinishAsync()
    {
        try
        {
            while (_running.Count > 0) await CollectAsync(await Task.WhenAny(_running));
        }
        catch
        {
            await ((Task)Task.WhenAll(_running)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }

    /// <summary>After a failure elsewhere in the sweep: lets the chunks still running finish, their outcome unobserved but awaited.</summary>
    public async Task AbandonAsync() => await ((Task)Task.WhenAll(_running)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private async Task CollectAsync(Task<ChunkResult> finished)
    {
        _running.Remove(finished);
        var result = await finished;
        Total = new ChunkResult(Total.Agendas + result.Agendas, Total.Reminders + result.Reminders, Total.RenderFailures + result.RenderFailures);
    }
}
