using MentorScheduler.Api.Core;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Scheduling;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using NodaTime;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// Reads what Outlook now says about each relationship's coming meetings, one batched <c>instances</c> read
/// per relationship, so moved and cancelled meetings and the mentor's answer are honoured. The occurrence
/// bodies come back too, so the agenda can later be written into them without another read.
/// </summary>
public sealed class UpcomingOccurrences([FromKeyedServices(GraphBatcher.Background)] GraphBatcher batcher, SessionSync sync, ILogger<UpcomingOccurrences> logger)
{
    private static readonly string[] Fields = ["id", "start", "end", "originalStart", "isCancelled", "type", "body", "attendees"];

    /// <summary>Applies the read to the record; returns the bodies of the occurrences seen, by occurrence id.</summary>
    public async Task<Dictionary<string, string?>> RefreshAsync(GraphServiceClient client, IReadOnlyList<Relationship> relationships, Interval window, CancellationToken ct)
    {
        var steps = relationships.Select(r => new GraphStep(r.Id.ToString(), r.MenteeUpn,
            () => client.Users[r.MenteeUpn].Events[r.SeriesEventId].Instances.ToGetRequestInformation(rc =>
            {
                rc.QueryParameters.StartDateTime = Iso(window.Start);
                rc.QueryParameters.EndDateTime = Iso(window.End);
                rc.QueryParameters.Select = Fields;
                rc.QueryParameters.Top = 50;
                rc.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
            }))).ToList();
        var outcomes = await batcher.RunAsync(client, steps, idempotent: true, ct);

        var bodies = new Dictionary<string, string?>();
        foreach (var r in relationships)
        {
            var outcome = outcomes[r.Id.ToString()];
            if (!outcome.Succeeded)
            {
                logger.LogWarning("Could not read upcoming meetings of relationship {RelationshipId} (status {Status}); it is skipped this sweep.", r.Id, outcome.Status);
                continue;
            }
            var page = await KiotaJsonSerializer.DeserializeAsync(outcome.Body, EventCollectionResponse.CreateFromDiscriminatorValue, ct);
            var instances = (page?.Value ?? []).Where(e => e.IsCancelled != true).ToList();
            if (SessionSync.MentorDeclined(r, instances.FirstOrDefault()?.Attendees))
            {
                // Declined in Outlook: no agenda for a time the mentor refused; the change notification returns it to agreed.
                logger.LogInformation("The mentor declined the series of relationship {RelationshipId}; no agenda is sent for it.", r.Id);
                continue;
            }
            SessionSync.ApplyAnswer(r, instances.FirstOrDefault()?.Attendees);
            await sync.ApplyAsync(r, instances, wholeSeries: false, ct);
            foreach (var instance in instances.Where(i => i.Id is not null))
                bodies[instance.Id!] = instance.Body?.Content;
        }
        return bodies;
    }

    private static string Iso(Instant instant) => instant.ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", null);
}
