namespace MentorScheduler.Api.Notifications;

/// <summary>What a queued notification asks for.</summary>
public enum NotificationKind
{
    /// <summary>An event in a watched mailbox was created, updated or deleted: read its current state.</summary>
    Change,

    /// <summary>Graph lost notifications (<c>missed</c>): reconcile the whole mailbox.</summary>
    Missed,

    /// <summary><c>reauthorizationRequired</c>: renew the subscription.</summary>
    Reauthorize,

    /// <summary><c>subscriptionRemoved</c>: subscribe again, then reconcile.</summary>
    Removed,

    /// <summary>Our own write could not read the series back: read relationship <c>EventId</c> again until Graph answers.</summary>
    Refresh,
}
