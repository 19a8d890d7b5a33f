namespace MentorScheduler.Api.Graph;

/// <summary>
/// Graph answered getSchedule but could not give one person's free/busy: an unknown address, a mailbox
/// that is not in Exchange Online, or one the organisation does not share. Translated into a 422 problem.
/// </summary>
public sealed class FreeBusyUnavailableException : Exception
{
    public FreeBusyUnavailableException(string upn, string? reason)
        : base($"Free/busy for {upn} is unavailable: {reason}")
    {
        Upn = upn;
    }

    public FreeBusyUnavailableException()
    {
        Upn = string.Empty;
    }

    public FreeBusyUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Upn = string.Empty;
    }

    /// <summary>Whose calendar could not be read.</summary>
    public string Upn { get; }
}
