using MentorScheduler.Api.Graph;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace MentorScheduler.Api.Mentors;

/// <summary>
/// People's zones and working hours from their mailbox settings, read with the application's permission (Exchange
/// refuses a delegated read of another person's settings) in one <c>$batch</c> for everyone not already known, and
/// kept an hour per person: zones and hours rarely change, and search and suggestions ask for the same people.
/// </summary>
public sealed class MailboxWeeks(IGraphClients graph, GraphBatcher batcher, IMemoryCache cache)
{
    private static readonly TimeSpan Kept = TimeSpan.FromHours(1);

    /// <summary>Each of these people's working week (zone, days, hours); someone whose settings give none, or whose read failed, is left out.</summary>
    public async Task<Dictionary<string, WorkingWeek>> OfAsync(string tenantId, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var weeks = new Dictionary<string, WorkingWeek>(StringComparer.OrdinalIgnoreCase);
        var missing = new List<string>();
        foreach (var id in ids.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (cache.TryGetValue(Key(tenantId, id), out Known? known) && known is not null)
            {
                if (known.Week is { } week) weeks[id] = week;
            }
            else missing.Add(id);
        }
        if (missing.Count == 0) return weeks;

        var client = graph.ForTenant(tenantId);
        var steps = missing.Select(id => new GraphStep(id, id, () => client.Users[id].MailboxSettings.ToGetRequestInformation())).ToList();
        var outcomes = await batcher.RunAsync(client, steps, idempotent: true, ct);
        foreach (var (id, outcome) in outcomes.Where(o => o.Value.Succeeded))
        {
            var week = WorkingWeek.From(await KiotaJsonSerializer.DeserializeAsync(outcome.Body, MailboxSettings.CreateFromDiscriminatorValue, ct));
            cache.Set(Key(tenantId, id), new Known(week), Kept);
            if (week is not null) weeks[id] = week;
        }
        return weeks;
    }

    private static string Key(string tenantId, string id) => $"mailbox-week:{tenantId}:{id.ToLowerInvariant()}";

    /// <summary>What was read, including "nothing usable", so that is not asked again within the hour.</summary>
    private sealed record Known(WorkingWeek? Week);
}
