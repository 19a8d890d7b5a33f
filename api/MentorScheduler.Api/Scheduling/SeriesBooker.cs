using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// Books a relationship's whole series in the mentee's calendar. Never two series: the create carries a
/// deterministic transactionId, and before and after creating, the series is looked up by its extended
/// property, so a retry after a timeout, a crash or a double submit adopts the series that exists.
/// Never <c>invited</c> without a series: the record changes only after Graph has the series.
/// </summary>
public sealed class SeriesBooker(MentorSchedulerDb db, IGraphClients graph, SessionSync sessions, NotificationSignal signal, IRecordRefresh refresh,
    ILogger<SeriesBooker> logger)
{
    /// <summary>Creates (or adopts) the series for <paramref name="first"/> and records it; returns false if another request recorded one first.</summary>
    public async Task<bool> BookAsync(Relationship relationship, LocalDateTime first, string zoneId, CancellationToken ct, int? meetingCount = null)
    {
        var seriesId = await EnsureSeriesAsync(relationship, relationship.SeriesVersion, first, zoneId, meetingCount ?? relationship.MeetingCount, ct);

        relationship.SeriesEventId = seriesId;
        relationship.SeriesStart = first.ToDateTimeUnspecified();
        relationship.SeriesTimeZone = zoneId;
        relationship.Status = RelationshipStatus.Invited;
        relationship.RowVersion++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A simultaneous request recorded the same series (same transactionId, same link) first.
            return false;
        }

        // The series is booked; if Graph will not give its instances yet, the worker reads them until it does.
        if (!await sessions.TrySyncAsync(relationship, ct)) await refresh.RequestAsync(relationship, ct);
        signal.MailboxesChanged(); // the mentee's calendar is watched from now on
        return true;
    }

    /// <summary>
    /// The id of this version's series in the mentee's calendar, creating it when Graph has none: safe to repeat after
    /// any failure (the link finds an earlier attempt's series; the transactionId stops a second create). The record is
    /// not changed. <paramref name="shape"/> gives the cadence, length and wording of the series.
    /// </summary>
    public async Task<string> EnsureSeriesAsync(Relationship shape, int version, LocalDateTime first, string zoneId, int meetingCount, CancellationToken ct) =>
        await FindSeriesAsync(shape, version, ct) ?? await CreateSeriesAsync(shape, first, zoneId, version, meetingCount, ct);

    private async Task<string> CreateSeriesAsync(Relationship r, LocalDateTime first, string zoneId, int version, int meetingCount, CancellationToken ct)
    {
        var windowsZone = TimeZones.ToWindows(zoneId);
        var created = new Event
        {
            Subject = AgreementSummary.Subject(r),
            Body = new ItemBody { ContentType = BodyType.Html, Content = AgreementSummary.Html(r) },
            Start = GraphTime.Local(first, windowsZone),
            End = GraphTime.Local(first.PlusMinutes(r.DurationMinutes), windowsZone),
            Recurrence = CadenceSchedule.Recurrence(r.Frequency, first.Date, meetingCount, windowsZone),
            Attendees =
            [
                new Attendee
                {
                    EmailAddress = new EmailAddress { Address = r.MentorMail, Name = r.MentorDisplayName },
                    Type = AttendeeType.Required,
                },
            ],
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            ResponseRequested = true,
            AllowNewTimeProposals = false,
            TransactionId = SeriesLink.TransactionId(r.Id, version),
            SingleValueExtendedProperties = [SeriesLink.Property(r.Id, version)],
        };

        try
        {
            var result = await graph.ForCurrentUser().Users[r.MenteeUpn].Events.PostAsync(created,
                rc => rc.Headers.Add("Prefer", $"outlook.timezone=\"{windowsZone}\""), ct);
            return result?.Id ?? throw new InvalidOperationException("Graph created the series but returned no id.");
        }
        catch (ODataError e) when (e.Error?.Code == "ErrorDuplicateTransactionId" || e.ResponseStatusCode == StatusCodes.Status409Conflict)
        {
            // An earlier attempt (perhaps a retry after a timeout) already created it: find it by its link.
            logger.LogInformation("Series for relationship {RelationshipId} v{Version} already exists; adopting it.", r.Id, version);
            return await FindSeriesAsync(r, version, ct)
                ?? throw new InvalidOperationException("Graph reported a duplicate transaction but the series cannot be found by its link.");
        }
    }

    /// <summary>The id of the series already carrying this relationship's link, if Graph has one.</summary>
    public async Task<string?> FindSeriesAsync(Relationship r, int version, CancellationToken ct)
    {
        var page = await graph.ForCurrentUser().Users[r.MenteeUpn].Events.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = SeriesLink.Filter(r.Id, version);
            rc.QueryParameters.Select = ["id", "type"];
        }, ct);
        return page?.Value?.FirstOrDefault(e => e.Type is null or EventType.SeriesMaster)?.Id;
    }
}
