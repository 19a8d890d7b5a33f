using System.Globalization;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Notes;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// Gathers one session's agenda: this session's items and questions (each labelled with who added it), the action
/// items still open from every earlier session, the items done since the previous agenda was sent, the previous
/// session's "questions for next time", and at the agreed evaluation point the prompt to continue, amend or end.
/// </summary>
public sealed class AgendaModelBuilder(MentorSchedulerDb db, NotesQueries notes)
{
    public async Task<AgendaModel> BuildAsync(Relationship r, Session session, CancellationToken ct, string reader = AgendaModel.Both) =>
        Build(r, session, await LoadAsync([r.Id], ct), reader);

    /// <summary>Everything the agendas of these relationships draw on, in five queries (the sweep renders many).</summary>
    public async Task<AgendaData> LoadAsync(IReadOnlyList<Guid> relationshipIds, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => relationshipIds.Contains(s.RelationshipId)).ToListAsync(ct);
        var items = await db.DiscussionItems.AsNoTracking().Where(i => relationshipIds.Contains(i.RelationshipId)).ToListAsync(ct);
        var actions = await notes.ActionItemsAsync(relationshipIds, ct);
        var sent = (await db.AgendaDeliveries.AsNoTracking()
                .Where(d => relationshipIds.Contains(d.RelationshipId) && d.Kind == DeliveryKind.Agenda && d.Status == DeliveryStatus.Sent)
                .Select(d => new { d.SessionId, d.SentAt }).ToListAsync(ct))
            .Where(d => d.SentAt is not null).ToDictionary(d => d.SessionId, d => d.SentAt!.Value);
        var questions = await notes.QuestionsForNextTimeAsync(relationshipIds, ct);
        return new AgendaData(sessions.ToLookup(s => s.RelationshipId), items.ToLookup(i => i.SessionId), actions.ToLookup(a => a.RelationshipId), sent, questions);
    }

    public static AgendaModel Build(Relationship r, Session session, AgendaData data, string reader = AgendaModel.Both)
    {
        var sessions = data.Sessions[r.Id].ToList();
        var numbers = sessions.ToDictionary(s => s.Id, s => s.Number);
        var previous = sessions
            .Where(s => s.Status == SessionStatus.Scheduled && s.Number < session.Number)
            .MaxBy(s => s.Number);
        var items = data.Items[session.Id].ToList();
        var actions = data.Actions[r.Id].ToList();

        var menteeZone = TimeZones.Zone(r.MenteeTimeZone ?? r.TimeZone);
        var mentorZone = TimeZones.Zone(r.MentorTimeZone ?? r.TimeZone);
        var start = Instant.FromDateTimeOffset(session.Start);
        var earlier = actions.Where(a => numbers.GetValueOrDefault(a.SessionId, int.MaxValue) < session.Number).ToList();

        var open = earlier.Where(a => a.Status == ActionStatus.Open)
            .OrderBy(a => a.DueDate ?? DateOnly.MaxValue).ThenBy(a => a.CreatedAt)
            .Select(a => Action(r, a, start, menteeZone, mentorZone)).ToList();
        // Progress: what was marked done after the previous agenda went out (so nothing done is missed or shown twice).
        var since = previous is null ? (DateTimeOffset?)null : data.AgendaSentAt.TryGetValue(previous.Id, out var sentAt) ? sentAt : previous.Start;
        var done = since is null ? [] : earlier
            .Where(a => a.Status == ActionStatus.Done && a.CompletedAt > since && a.CompletedAt <= session.Start)
            .OrderBy(a => a.CompletedAt)
            .Select(a => Action(r, a, start, menteeZone, mentorZone)).ToList();

        string Role(DiscussionItem i) => i.AuthorId == r.MenteeId ? "mentee" : "mentor";
        AgendaItem Item(DiscussionItem i) => new(i.Text, i.AuthorName, Role(i));
        var questions = items.Where(i => i.Kind == ItemKind.Question).OrderBy(i => i.CreatedAt).ToList();
        return new AgendaModel(
            new AgendaRelationship(r.Purpose, r.Goals, AgreementSummary.Describe(r.Frequency), r.DurationMinutes, r.MeetingCount, r.EvaluateAfterMeetings),
            new AgendaSession(session.Number, Format(start, menteeZone), menteeZone.Id, Format(start, mentorZone), mentorZone.Id, session.Start),
            new AgendaNames(r.MenteeDisplayName, r.MentorDisplayName),
            items.Where(i => i.Kind == ItemKind.Discussion).OrderBy(i => i.CreatedAt).Select(Item).ToList(),
            questions.Where(i => Role(i) == "mentor").Select(Item).ToList(),
            open,
            done,
            session.Number == r.EvaluateAfterMeetings
                ? new AgendaEvaluation($"This is meeting {session.Number}, the evaluation point you agreed. Decide together whether to continue, amend or end the relationship, and what to change.")
                : null,
            questions.Where(i => Role(i) == "mentee").Select(Item).ToList(),
            previous is not null && data.QuestionsForNextTime.TryGetValue(previous.Id, out var asked) && !string.IsNullOrWhiteSpace(asked) ? asked.Trim() : null,
            reader);
    }

    /// <summary>Dates in words, in the owner's zone; overdue when the due day had passed where the owner is when the session starts.</summary>
    private static AgendaAction Action(Relationship r, ActionItem a, Instant sessionStart, DateTimeZone menteeZone, DateTimeZone mentorZone)
    {
        var zone = a.Owner == ActionOwner.Mentee ? menteeZone : mentorZone;
        var sessionDate = sessionStart.InZone(zone).Date;
        return new AgendaAction(
            a.Text,
            a.Owner.ToString().ToLowerInvariant(),
            a.Owner == ActionOwner.Mentee ? r.MenteeDisplayName : r.MentorDisplayName,
            a.DueDate is { } due ? Words(LocalDate.FromDateOnly(due), sessionDate) : null,
            a.Status == ActionStatus.Open && a.DueDate is { } d && LocalDate.FromDateOnly(d) < sessionDate,
            a.CompletedAt is { } completed ? Words(Instant.FromDateTimeOffset(completed).InZone(zone).Date, sessionDate) : null);
    }

    /// <summary><c>Mon 18 Jan</c>, with the year when it is not the session's.</summary>
    public static string Words(LocalDate date, LocalDate sessionDate) =>
        date.ToString(date.Year == sessionDate.Year ? "ddd d MMM" : "ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Format(Instant instant, DateTimeZone zone) =>
        instant.InZone(zone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
