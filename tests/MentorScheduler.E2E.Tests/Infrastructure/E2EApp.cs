namespace MentorScheduler.E2E.Tests.Infrastructure;

/// <summary>
/// The shared test world (<see cref="TestApp"/>: the real app in Simulated mode on a free loopback port, a fresh
/// data folder, a fake clock the dev clock follows) with the addresses a browser needs.
/// </summary>
public sealed class E2EApp : TestApp
{
    /// <summary>The app's address, e.g. <c>http://127.0.0.1:41234</c>, once it listens.</summary>
    public Uri BaseAddress
    {
        get
        {
            using var client = Anonymous();
            return client.BaseAddress!;
        }
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>An HTTP client on the app with no token.</summary>
    public HttpClient Http() => Anonymous();
}
