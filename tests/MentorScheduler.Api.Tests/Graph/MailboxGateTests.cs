using MentorScheduler.Api.Graph;

namespace MentorScheduler.Api.Tests.Graph;

public sealed class MailboxGateTests
{
    [Fact]
    public async Task AMailboxNeverHasMoreThanFourRequestsInFlight()
    {
        var gate = new MailboxGate(4);
        using var first = await gate.EnterAsync(new Dictionary<string, int> { ["adele"] = 3 }, CancellationToken.None);

        var second = gate.EnterAsync(new Dictionary<string, int> { ["adele"] = 2 }, CancellationToken.None);
        var other = gate.EnterAsync(new Dictionary<string, int> { ["megan"] = 4 }, CancellationToken.None);

        Assert.False(second.IsCompleted, "3 + 2 would be five requests for one mailbox");
        Assert.True(other.IsCompleted, "another mailbox is not held back");
        first.Dispose();
        (await second).Dispose();
        (await other).Dispose();
    }

    [Fact]
    public async Task ABatchTakesAllItsPlacesAtOnceSoTwoBatchesCannotDeadlock()
    {
        var gate = new MailboxGate(4);
        using var held = await gate.EnterAsync(new Dictionary<string, int> { ["adele"] = 2, ["megan"] = 2 }, CancellationToken.None);

        var wantsBoth = gate.EnterAsync(new Dictionary<string, int> { ["adele"] = 3, ["megan"] = 1 }, CancellationToken.None);
        var wantsMegan = gate.EnterAsync(new Dictionary<string, int> { ["megan"] = 2 }, CancellationToken.None);

        Assert.False(wantsBoth.IsCompleted);
        Assert.True(wantsMegan.IsCompleted, "nothing of adele's was taken by the waiting batch");
        held.Dispose();
        (await wantsMegan).Dispose();
        (await wantsBoth).Dispose();
    }

    [Fact]
    public async Task ABatchAskingForMoreThanTheLimitIsABug()
    {
        var gate = new MailboxGate(4);

        await Assert.ThrowsAsync<ArgumentException>(() => gate.EnterAsync(new Dictionary<string, int> { ["adele"] = 5 }, CancellationToken.None));
    }
}
