using System.Globalization;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Notes;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// Gathers one session's agenda: this session's items and questions, action items still open from earlier
/// sessions (overdue when due before this session), items done since the previous session, and at the
/// agreed evaluation point the prompt to continue, amend or end.
/// </summary>
public sealed class AgendaModelBuilder(MentorSchedulerDb db, NotesQueries notes)
{
    public async Task<AgendaModel> BuildAsync(Relationship r, Session session, CancellationToken ct) =>
        Build(r, session, await LoadAsync([r.Id], ct));

    /// <summary>Everything the agendas of these relationships draw on, in three queries (the sweep renders many).</summary>
    public async Task<AgendaData> LoadAsync(IReadOnlyList<Guid> relationshipIds, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => relationshipIds.Contains(s.RelationshipId)).ToListAsync(ct);
        var items = await db.DiscussionItems.AsNoTracking().Where(i => relationshipIds.Contains(i.RelationshipId)).ToListAsync(ct);
        var actions = await notes.ActionItemsAsync(relationshipIds, ct);
        return new AgendaData(sessions.ToLookup(s => s.RelationshipId), items.ToLookup(i => i.SessionId), actions.ToLookup(a => a.RelationshipId));
    }

    public static AgendaModel Build(Relationship r, Session session, AgendaData data)
    {
        var sessions = data.Sessions[r.Id].ToList();
        var numbers = sessions.ToDictionary(s => s.Id, s => s.Number);
        var previous = sessions
            .Where(s => s.Status == SessionStatus.Scheduled && s.Number < session.Number)
            .MaxBy(s => s.Number);
        var items = data.Items[session.Id].ToList();
        var actions = data.Actions[r.Id].ToList();

        var menteeZone = TimeZones.Zone(r.TimeZone);
        var mentorZone = TimeZones.Zone(r.MentorTimeZone ?? r.TimeZone);
        var start = Instant.FromDateTimeOffset(session.Start);
        var sessionDate = DateOnly.FromDateTime(start.InZone(menteeZone).Date.ToDateTimeUnspecified());
        var earlier = actions.Where(a => numbers.GetValueOrDefault(a.SessionId, int.MaxValue) < session.Number).ToList();

        var open = earlier.Where(a => a.Status == ActionStatus.Open)
            .OrderBy(a => a.DueDate ?? DateOnly.MaxValue).ThenBy(a => a.CreatedAt)
            .Select(a => Action(r, a, sessionDate, menteeZone)).ToList();
        var done = previous is null ? [] : earlier
            .Where(a => a.Status == ActionStatus.Done && a.CompletedAt > previous.Start && a.CompletedAt <= session.Start)
            .OrderBy(a => a.CompletedAt)
            .Select(a => Action(r, a, sessionDate, menteeZone)).ToList();

        return new AgendaModel(
            new AgendaRelationship(r.Purpose, r.Goals, AgreementSummary.Describe(r.Frequency), r.DurationMinutes, r.MeetingCount, r.EvaluateAfterMeetings),
            new AgendaSession(session.Number, Format(start, menteeZone), menteeZone.Id, Format(start, mentorZone), mentorZone.Id, session.Start),
            new AgendaNames(r.MenteeDisplayName, r.MentorDisplayName),
            items.Where(i => i.Kind == ItemKind.Discussion).OrderBy(i => i.CreatedAt).Select(i => new AgendaItem(i.Text, i.AuthorName)).ToList(),
            items.Where(i => i.Kind == ItemKind.Question).OrderBy(i => i.CreatedAt).Select(i => new AgendaItem(i.Text, i.AuthorName)).ToList(),
            open,
            done,
            session.Number == r.EvaluateAfterMeetings
                ? new AgendaEvaluation($"This is meeting {session.Number}, the evaluation point you agreed. Decide together whether to continue, amend or end the relationship, and what to change.")
                : null);
    }

    private static AgendaAction Action(Relationship r, ActionItem a, DateOnly sessionDate, DateTimeZone zone) => new(
        a.Text,
        a.Owner.ToString().ToLowerInvariant(),
        a.Owner == ActionOwner.Mentee ? r.MenteeDisplayName : r.MentorDisplayName,
        a.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        a.Status == ActionStatus.Open && a.DueDate < sessionDate,
        a.CompletedAt is { } done ? Instant.FromDateTimeOffset(done).InZone(zone).Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);

    private static string Format(Instant instant, DateTimeZone zone) =>
        instant.InZone(zone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
