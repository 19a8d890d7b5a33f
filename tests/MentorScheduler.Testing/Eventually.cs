using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace MentorScheduler.Testing;

/// <summary>
/// Waits for the record to follow Outlook: a change reaches it by a notification the simulator posts over
/// real HTTP and a worker processes, so a read right after a change in Outlook may come before it. API.md
/// promises it within 5 seconds; these wait up to 10 of real time, then fail with the last answer.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    /// <param name="read">What to look at.</param>
    /// <param name="done">Whether it is there yet.</param>
    /// <param name="what">For the failure message.</param>
    /// <param name="within">How long at most (<see cref="Within"/> by default: a burst of work may say longer).</param>
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? within = null)
    {
        var watch = Stopwatch.StartNew();
        var limit = within ?? Within;
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (watch.Elapsed > limit) throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}; the last read was: {value}");
            await Task.Delay(50);
        }
    }

    /// <summary>The relationship as <c>GET /api/relationships/{id}</c> shows it once its status is <paramref name="status"/>.</summary>
    public static Task<JsonElement> StatusAsync(HttpClient client, string id, string status) =>
        Until(() => client.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}"),
            r => r.GetProperty("status").GetString() == status, $"relationship {id} to be {status}");

    /// <summary>The relationship's sessions once <paramref name="done"/> holds for them.</summary>
    public static async Task<List<JsonElement>> SessionsAsync(HttpClient client, string id, Func<List<JsonElement>, bool> done, string what) =>
        await Until(async () => (await client.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{id}/sessions"))!, done, what);
}
