using System.Security.Cryptography;
using System.Text;

namespace MentorScheduler.Api.Notifications;

/// <summary>The per-subscription secret Graph echoes in each notification: made at random, kept only as a hash.</summary>
public static class ClientStates
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string clientState) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(clientState)));

    /// <summary>Whether a notification's client state is the subscription's (compared in constant time).</summary>
    public static bool Matches(string storedHash, string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(storedHash));
}
