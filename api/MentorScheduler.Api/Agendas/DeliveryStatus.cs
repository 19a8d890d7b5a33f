namespace MentorScheduler.Api.Agendas;

/// <summary>
/// Pending: nothing sent. Sending: the intent is recorded and the mail may have left (a crash here is
/// resolved by looking for the mail in the sender's Sent Items by its marker). Sent: done. Failed: Graph
/// refused it outright <see cref="AgendaOptions.MaxAttempts"/> times; no sweep tries it again.
/// </summary>
public enum DeliveryStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
}
