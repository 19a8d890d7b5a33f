namespace MentorScheduler.Api.Core;

/// <summary>
/// Asks for a relationship to be read again from Outlook in the background until it works: for a write whose
/// read-back failed (the series was booked but Graph would not give its instances yet).
/// </summary>
public interface IRecordRefresh
{
    Task RequestAsync(Relationship relationship, CancellationToken ct);
}
