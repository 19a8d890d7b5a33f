namespace MentorScheduler.GraphSimulator.Subscriptions;

/// <summary>What the simulator has done with change notifications: still to send, sent (answered 2xx), dropped by a fault, failed.</summary>
public sealed record NotificationStats(int Pending, int Delivered, int Dropped, int Failed, int Subscriptions);
