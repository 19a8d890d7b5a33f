using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>
/// Two sweeps (each with its own database context, as two processes have) over one delivery of a booked session,
/// with explicit times: the exactly-once rules of <see cref="DeliveryLedger"/> without timers (issue 11, point 2).
/// </summary>
public static class LeaseWorld
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    public static readonly DateTimeOffset T0 = new(2027, 1, 12, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A renewed lease outlives its first term: a second owner finds nothing to claim after it.</summary>
    public static async Task RenewedLeaseKeepsTheDeliveryAsync(IServiceProvider services, Guid sessionId)
    {
        await using var a = services.CreateAsyncScope();
        await using var b = services.CreateAsyncScope();
        var ledgerA = a.ServiceProvider.GetRequiredService<DeliveryLedger>();
        var ledgerB = b.ServiceProvider.GetRequiredService<DeliveryLedger>();
        await EnsureAsync(a.ServiceProvider, sessionId);

        var claimedByA = await ledgerA.ClaimAsync([sessionId], DeliveryKind.Agenda, "sweep-a", T0, Lease, default);
        var renewed = await ledgerA.RenewAsync("sweep-a", [claimedByA[0].Id], T0.AddMinutes(4) + Lease, default);
        var claimedByB = await ledgerB.ClaimAsync([sessionId], DeliveryKind.Agenda, "sweep-b", T0.AddMinutes(6), Lease, default);

        Assert.Single(claimedByA);
        Assert.Equal(1, renewed);
        Assert.Empty(claimedByB);
    }

    /// <summary>An owner whose lease ran out and was taken records no intent, so it never sends.</summary>
    public static async Task TakenLeaseRecordsNoIntentAsync(IServiceProvider services, Guid sessionId)
    {
        await using var a = services.CreateAsyncScope();
        await using var b = services.CreateAsyncScope();
        var ledgerA = a.ServiceProvider.GetRequiredService<DeliveryLedger>();
        var ledgerB = b.ServiceProvider.GetRequiredService<DeliveryLedger>();
        await EnsureAsync(a.ServiceProvider, sessionId);

        var claimedByA = await ledgerA.ClaimAsync([sessionId], DeliveryKind.Agenda, "sweep-a", T0, Lease, default);
        var claimedByB = await ledgerB.ClaimAsync([sessionId], DeliveryKind.Agenda, "sweep-b", T0.AddMinutes(6), Lease, default);
        claimedByA[0].Status = DeliveryStatus.Sending;
        var intentA = await ledgerA.RecordIntentAsync(claimedByA, T0.AddMinutes(7) + Lease, default);
        claimedByB[0].Status = DeliveryStatus.Sending;
        var intentB = await ledgerB.RecordIntentAsync(claimedByB, T0.AddMinutes(6) + Lease, default);

        Assert.Empty(intentA);
        Assert.Single(intentB);
        await using var read = services.CreateAsyncScope();
        var row = await read.ServiceProvider.GetRequiredService<MentorSchedulerDb>().AgendaDeliveries.AsNoTracking().SingleAsync(d => d.SessionId == sessionId);
        Assert.Equal("sweep-b", row.LeaseOwner);
        Assert.Equal(DeliveryStatus.Sending, row.Status);
    }

    private static async Task EnsureAsync(IServiceProvider scope, Guid sessionId)
    {
        var db = scope.GetRequiredService<MentorSchedulerDb>();
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
        await scope.GetRequiredService<DeliveryLedger>().EnsureAsync([(session.RelationshipId, session.Id, session.TenantId)], DeliveryKind.Agenda, default);
    }
}
