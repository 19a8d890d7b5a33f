namespace MentorScheduler.Api.Graph;

/// <summary>What happened to a step. <c>Known</c> is false when the batch failed in transit.</summary>
public sealed record StepOutcome(int Status, string Body, TimeSpan RetryAfter, bool Known)
{
    public static readonly StepOutcome Unknown = new(0, string.Empty, TimeSpan.FromSeconds(1), false);

    public bool Succeeded => Known && Status is >= 200 and < 300;

    public bool IsTransient => !Known || Status is 429 or 503 or 504;

    /// <summary>Graph's error code and message from the step's body, for logs (never the request itself).</summary>
    public string? ErrorCode
    {
        get
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(Body);
                return json.RootElement.TryGetProperty("error", out var error) ? error.ToString() : null;
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }
    }
}
