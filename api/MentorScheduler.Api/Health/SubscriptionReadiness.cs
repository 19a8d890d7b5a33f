using MentorScheduler.Api.Data;
using MentorScheduler.Api.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MentorScheduler.Api.Health;

/// <summary>
/// Down when a subscription the record holds has passed its expiry (Outlook's changes no longer arrive for that
/// mailbox); otherwise what <see cref="NotificationHealth"/> says (degraded while Graph refuses, or with no
/// notification URL).
/// </summary>
public sealed class SubscriptionReadiness(MentorSchedulerDb db, NotificationHealth notifications, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        // SQLite cannot compare DateTimeOffset in SQL: the subscriptions are few (one per organising mailbox).
        var expiries = await db.CalendarSubscriptions.AsNoTracking().Select(s => s.ExpiresAt).ToListAsync(cancellationToken);
        var lapsed = expiries.Where(e => e <= now).ToList();
        if (lapsed.Count > 0)
            return HealthCheckResult.Unhealthy($"{lapsed.Count} of {expiries.Count} subscriptions lapsed (the first at {lapsed.Min():u}): Graph refuses to renew them; " +
                "check the application's Calendars.Read permission and the log of SubscriptionKeeper.");
        return await notifications.CheckHealthAsync(context, cancellationToken);
    }
}
