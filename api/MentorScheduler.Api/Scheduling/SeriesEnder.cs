using MentorScheduler.Api.Core;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// Ends a relationship's current series in Outlook after its last held meeting: the range's end date moves to that
/// meeting's day (held meetings stay in both calendars), or the series is cancelled when none was held.
/// </summary>
public static class SeriesEnder
{
    /// <summary>Repeating it is harmless: the same end date again, or a series already cancelled (404).</summary>
    public static async Task EndAfterAsync(GraphServiceClient client, Relationship r, IReadOnlyCollection<Session> held, string cancelComment, CancellationToken ct)
    {
        var events = client.Users[r.MenteeUpn].Events;
        var lastHeld = held.MaxBy(s => s.OriginalStart);
        var seriesZone = r.SeriesTimeZone ?? r.TimeZone;
        var first = LocalDateTime.FromDateTime(r.SeriesStart!.Value);
        try
        {
            if (lastHeld is null)
            {
                await events[r.SeriesEventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = cancelComment }, cancellationToken: ct);
                return;
            }
            var lastDate = Instant.FromDateTimeOffset(lastHeld.OriginalStart).InZone(TimeZones.Zone(seriesZone)).Date;
            var recurrence = CadenceSchedule.Recurrence(r.Frequency, first.Date, 1, TimeZones.ToWindows(seriesZone));
            recurrence.Range = new RecurrenceRange
            {
                Type = RecurrenceRangeType.EndDate,
                StartDate = recurrence.Range!.StartDate,
                EndDate = new Microsoft.Kiota.Abstractions.Date(lastDate.Year, lastDate.Month, lastDate.Day),
                RecurrenceTimeZone = recurrence.Range.RecurrenceTimeZone,
            };
            await events[r.SeriesEventId].PatchAsync(new Event { Recurrence = recurrence }, cancellationToken: ct);
        }
        catch (ODataError e) when (e.ResponseStatusCode == StatusCodes.Status404NotFound)
        {
            // Already cancelled by an earlier attempt (or in Outlook): nothing left to end.
        }
    }
}
