namespace MentorScheduler.Testing;

/// <summary>A test world made an HTTP call to somewhere other than this machine (the simulator, the app itself).</summary>
public sealed class OutboundCallBlockedException : Exception
{
    public OutboundCallBlockedException(Uri target)
        : base($"Blocked an outbound HTTP call to {target.GetLeftPart(UriPartial.Authority)}: tests talk only to the app and its Graph simulator on this machine.")
    {
        Target = target;
    }

    public OutboundCallBlockedException()
    {
    }

    public OutboundCallBlockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Uri? Target { get; }
}
