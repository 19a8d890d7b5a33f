namespace MentorScheduler.Api.Graph;

/// <summary>Which Microsoft Graph the product talks to.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Simulated mode: the simulator's service root; by default this app's own address + <c>/graph-sim/v1.0</c>.</summary>
    public string? SimulatorBaseUrl { get; set; }

    /// <summary>Base delay of the SDK's retry handler when Graph sends no Retry-After (doubles per attempt).</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 180)]
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>How many times the SDK's retry handler re-sends a throttled or failed request.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>How many <c>$batch</c> requests background work keeps in flight (each mailbox still gets at most 4).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 64)]
    public int MaxBatchesInFlight { get; set; } = 32;

    /// <summary>
    /// Live mode: the public https address of <c>/api/graph/notifications</c> that Graph posts change notifications
    /// to. Without it the app does not subscribe and follows Outlook by reconciliation only.
    /// </summary>
    public string? NotificationUrl { get; set; }

    /// <summary>Live mode: the Graph service root (national clouds differ).</summary>
    public string LiveBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Live mode: the scope tokens for Graph are asked for: every permission consented (national clouds differ).</summary>
    public string Scope { get; set; } = "https://graph.microsoft.com/.default";
}
