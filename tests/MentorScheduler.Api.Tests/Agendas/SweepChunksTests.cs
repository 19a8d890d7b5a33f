using MentorScheduler.Api.Agendas;

namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>A sweep's chunks side by side: never more than the limit at once, every count added, a failure surfaced only once the rest have finished.</summary>
public sealed class SweepChunksTests
{
    [Fact]
    public async Task AThirdChunkWaitsForOneOfTheTwoRunningAndTheCountsAddUp()
    {
        var world = new Chunks();
        var chunks = new SweepChunks(2, world.DeliverAsync);

        await chunks.StartAsync([Guid.NewGuid()]);
        await chunks.StartAsync([Guid.NewGuid(), Guid.NewGuid()]);
        var third = chunks.StartAsync([Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()]);

        Assert.Equal(2, world.Started);
        Assert.False(third.IsCompleted);
        world.Finish(0);
        await third;
        Assert.Equal(3, world.Started);
        world.Finish(1);
        world.Finish(2);
        await chunks.FinishAsync();
        Assert.Equal(new ChunkResult(6, 3, 0), chunks.Total);
    }

    [Fact]
    public async Task AFailedChunkFailsTheSweepOnlyAfterTheOtherHasFinished()
    {
        var world = new Chunks();
        var chunks = new SweepChunks(2, world.DeliverAsync);
        await chunks.StartAsync([Guid.NewGuid()]);
        await chunks.StartAsync([Guid.NewGuid()]);

        var finishing = chunks.FinishAsync();
        world.Fail(0, new InvalidOperationException("Graph is down"));
        await Task.Yield();
        Assert.False(finishing.IsCompleted);
        world.Finish(1);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => finishing);
        Assert.Equal("Graph is down", failure.Message);
        Assert.Equal(1, world.Finished);
    }

    /// <summary>Chunk deliveries that finish (one agenda per id, one reminder each) or fail when the test says.</summary>
    private sealed class Chunks
    {
        private readonly List<(List<Guid> Ids, TaskCompletionSource Done)> _started = [];

        public int Started => _started.Count;

        public int Finished { get; private set; }

        public async Task<ChunkResult> DeliverAsync(List<Guid> ids)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _started.Add((ids, done));
            await done.Task;
            Finished++;
            return new ChunkResult(ids.Count, 1, 0);
        }

        public void Finish(int chunk) => _started[chunk].Done.SetResult();

        public void Fail(int chunk, Exception error) => _started[chunk].Done.SetException(error);
    }
}
