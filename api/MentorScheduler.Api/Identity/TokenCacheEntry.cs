namespace MentorScheduler.Api.Identity;

/// <summary>
/// One entry of the distributed cache MSAL keeps its tokens in (already encrypted by Data Protection before it
/// gets here). Times are Unix milliseconds, as everywhere the store compares instants.
/// </summary>
public sealed class TokenCacheEntry
{
    public const int MaxKeyLength = 449;

    public required string Id { get; set; }

    public required byte[] Value { get; set; }

    /// <summary>When the entry stops being served: the sooner of its absolute expiry and its last use plus the sliding window.</summary>
    public long ExpiresAtMs { get; set; }

    public long? SlidingMs { get; set; }

    public long? AbsoluteExpiresAtMs { get; set; }
}
