using System.ComponentModel.DataAnnotations;

namespace MentorScheduler.Api.Notifications;

/// <summary>How the app follows Outlook: subscriptions' lifetime and renewal, the worker's pace, the reconciliation.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>How long each subscription is asked for (Graph allows up to 10,080 minutes on Outlook resources).</summary>
    [Range(typeof(TimeSpan), "01:00:00", "7.00:00:00")]
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>A subscription is renewed once it expires within this time.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "3.00:00:00")]
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often subscriptions are checked (created, renewed, removed).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan KeeperInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the worker looks at the queue when nothing woke it (items left by another instance or a crash).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often every booked relationship is read again from Outlook, to repair what a lost notification left.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long a worker holds an item before another may take it.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:30:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>After this many failed attempts an item is given up (the reconciliation still repairs the record).</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;
}
