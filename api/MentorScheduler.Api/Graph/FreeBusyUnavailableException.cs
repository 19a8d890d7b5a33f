namespace MentorScheduler.Api.Graph;

/// <summary>
/// Graph answered getSchedule but could not give one person's free/busy: an unknown address, a mailbox
/// that is not in Exchange Online, or one the organisation does not share. Translated into a 422 problem.
/// </summary>
public sealed class FreeBusyUnavailableException : Exception
{
    public FreeBusyUnavailableException(string address, string? reason)
        : base($"Free/busy for {address} is unavailable: {reason}")
    {
        Address = address;
    }

    public FreeBusyUnavailableException()
    {
        Address = string.Empty;
    }

    public FreeBusyUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Address = string.Empty;
    }

    /// <summary>Whose calendar could not be read: the SMTP address getSchedule was given.</summary>
    public string Address { get; }
}
