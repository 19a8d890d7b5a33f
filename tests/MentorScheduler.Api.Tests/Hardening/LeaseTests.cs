using MentorScheduler.Api.Tests.Agendas;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>A lease outlives the work it guards, and a row being sent is never another owner's (issue 11, point 2; SQLite).</summary>
public sealed class LeaseTests : IAsyncLifetime
{
    private AgendaWorld _world = null!;

    public async Task InitializeAsync() => _world = await AgendaWorld.BookedAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public Task ARenewedLeaseIsNotClaimedByAnotherSweep() =>
        LeaseWorld.RenewedLeaseKeepsTheDeliveryAsync(_world.App.Services, Guid.Parse(_world.SessionIds[0]));

    [Fact]
    public Task ASweepWhoseLeaseWasTakenRecordsNoIntentToSend() =>
        LeaseWorld.TakenLeaseRecordsNoIntentAsync(_world.App.Services, Guid.Parse(_world.SessionIds[0]));
}
