using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// The database side of exactly-once: one row per (session, kind), and a lease taken by a single
/// conditional UPDATE, so of several sweeps (in one process or many) exactly one works on each delivery.
/// </summary>
public sealed class DeliveryLedger(MentorSchedulerDb db)
{
    /// <summary>Makes sure a row exists for each session; rows another sweep inserted first are kept.</summary>
    public async Task EnsureAsync(IReadOnlyList<(Guid RelationshipId, Guid SessionId, string TenantId)> due, DeliveryKind kind, CancellationToken ct)
    {
        var ids = due.Select(d => d.SessionId).ToList();
        var existing = (await db.AgendaDeliveries.Where(d => ids.Contains(d.SessionId) && d.Kind == kind).Select(d => d.SessionId).ToListAsync(ct)).ToHashSet();
        var rows = due.Where(d => !existing.Contains(d.SessionId))
            .Select(d => new AgendaDelivery { Id = Guid.CreateVersion7(), TenantId = d.TenantId, RelationshipId = d.RelationshipId, SessionId = d.SessionId, Kind = kind })
            .ToList();
        if (rows.Count == 0) return;
        db.AgendaDeliveries.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another sweep inserted some of them a moment ago (the unique key said so): add the rest one by one.
            foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
            foreach (var row in rows)
            {
                db.AgendaDeliveries.Add(row);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException)
                {
                    db.Entry(row).State = EntityState.Detached;
                }
            }
        }
        foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
    }

    /// <summary>Takes the lease on every delivery still to send (pending, or sending after a crash) of these sessions that no live lease holds.</summary>
    public async Task<List<AgendaDelivery>> ClaimAsync(IReadOnlyList<Guid> sessionIds, DeliveryKind kind, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken ct)
    {
        // The claim is made in SQL; copies this context already tracks would hide its result.
        foreach (var stale in db.ChangeTracker.Entries<AgendaDelivery>().Where(e => e.Entity.Kind == kind && sessionIds.Contains(e.Entity.SessionId)).ToList())
            stale.State = EntityState.Detached;
        var nowMs = now.ToUnixTimeMilliseconds();
        var untilMs = (now + lease).ToUnixTimeMilliseconds();
        await db.AgendaDeliveries
            .Where(d => sessionIds.Contains(d.SessionId) && d.Kind == kind && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Sending)
                && (d.LeaseUntilMs == null || d.LeaseUntilMs < nowMs))
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.LeaseOwner, owner).SetProperty(d => d.LeaseUntilMs, untilMs), ct);
        return await db.AgendaDeliveries
            .Where(d => sessionIds.Contains(d.SessionId) && d.Kind == kind && d.LeaseOwner == owner
                        && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Sending))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Records the intent to send ("sending", with the lease renewed to <paramref name="leaseUntil"/>) for the deliveries
    /// this owner still holds, and returns those. A delivery whose lease another owner took meanwhile is dropped
    /// (the save's concurrency check on the lease owner refuses it), so it is never sent from here.
    /// </summary>
    public async Task<List<AgendaDelivery>> RecordIntentAsync(List<AgendaDelivery> deliveries, DateTimeOffset leaseUntil, CancellationToken ct)
    {
        var held = deliveries.ToList();
        foreach (var delivery in held) delivery.LeaseUntilMs = leaseUntil.ToUnixTimeMilliseconds();
        while (true)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return held;
            }
            catch (DbUpdateConcurrencyException lost)
            {
                foreach (var entry in lost.Entries)
                {
                    if (entry.Entity is AgendaDelivery taken) held.Remove(taken);
                    entry.State = EntityState.Detached;
                }
            }
        }
    }

    /// <summary>Extends this owner's leases on these deliveries while their work runs; returns how many it still holds.</summary>
    public Task<int> RenewAsync(string owner, IReadOnlyCollection<Guid> deliveryIds, DateTimeOffset leaseUntil, CancellationToken ct)
    {
        var untilMs = leaseUntil.ToUnixTimeMilliseconds();
        return db.AgendaDeliveries
            .Where(d => deliveryIds.Contains(d.Id) && d.LeaseOwner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.LeaseUntilMs, untilMs), ct);
    }

    /// <summary>Lets another sweep (or the next run) take these deliveries at once.</summary>
    public static void Release(AgendaDelivery delivery)
    {
        delivery.LeaseOwner = null;
        delivery.LeaseUntilMs = null;
    }
}
