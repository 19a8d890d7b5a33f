using MentorScheduler.Api.Core;
using MentorScheduler.Api.Evaluations;
using MentorScheduler.Api.Notes;

namespace MentorScheduler.Testing;

/// <summary>
/// Builds a mentoring program straight into the record (no Graph, no mail), for tests and benchmarks of what the
/// program admin reads: relationships in any state, their sessions held, planned or cancelled, notes on some, and
/// decisions. Add with <see cref="Relationship(string, RelationshipStatus, Frequency, string, string, DateTimeOffset, int)"/>,
/// then hand <see cref="Relationships"/>, <see cref="Sessions"/>, <see cref="Notes"/> and <see cref="Decisions"/> to a DbContext.
/// </summary>
public sealed class ProgramSeeder(string tenantId)
{
    public List<Relationship> Relationships { get; } = [];
    public List<Session> Sessions { get; } = [];
    public List<SessionNoteVersion> Notes { get; } = [];
    public List<RelationshipDecision> Decisions { get; } = [];

    /// <summary>A relationship between a mentee and a mentor (names as "Given Surname"; UPNs derived as given.surname).</summary>
    public Relationship Relationship(string mentee, RelationshipStatus status, Frequency frequency, string mentor, string purpose,
        DateTimeOffset createdAt, int evaluateAfter = 4)
    {
        var r = new Relationship
        {
            Id = Guid.CreateVersion7(createdAt),
            TenantId = tenantId,
            MenteeId = Id(mentee),
            MenteeUpn = Upn(mentee),
            MenteeMail = Upn(mentee),
            MenteeDisplayName = mentee,
            MentorId = Id(mentor),
            MentorUpn = Upn(mentor),
            MentorMail = Upn(mentor),
            MentorDisplayName = mentor,
            Purpose = purpose,
            Goals = ["Expand my professional network"],
            Frequency = frequency,
            DurationMinutes = 45,
            StartDate = DateOnly.FromDateTime(createdAt.UtcDateTime.AddDays(7)),
            MeetingCount = 8,
            EvaluateAfterMeetings = evaluateAfter,
            TimeZone = "Europe/London",
            Status = status,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        Relationships.Add(r);
        return r;
    }

    /// <summary>A 45-minute session starting at <paramref name="start"/>; with <paramref name="notes"/>, one version of notes filed.</summary>
    public Session Session(Relationship r, DateTimeOffset start, SessionStatus status = SessionStatus.Scheduled, bool notes = false)
    {
        if (r.SeriesEventId is null)
        {
            r.SeriesEventId = $"series-{r.Id:N}";
            r.SeriesStart = start.UtcDateTime;
            r.SeriesTimeZone = "UTC";
        }
        var number = Sessions.Count(s => s.RelationshipId == r.Id) + 1;
        var session = new Session
        {
            Id = Guid.CreateVersion7(start),
            TenantId = tenantId,
            RelationshipId = r.Id,
            Number = number,
            SeriesVersion = 1,
            SeriesEventId = r.SeriesEventId,
            OccurrenceId = $"{r.SeriesEventId}-{number}",
            OriginalStart = start,
            Start = start,
            End = start.AddMinutes(45),
            Status = status,
        };
        Sessions.Add(session);
        if (notes)
            Notes.Add(new SessionNoteVersion
            {
                SessionId = session.Id,
                Version = 1,
                TenantId = tenantId,
                RelationshipId = r.Id,
                MeetingNotes = $"Private words of session {number}.",
                MentorAdvice = string.Empty,
                MyActionPlan = string.Empty,
                QuestionsForNextTime = string.Empty,
                ActionItems = "[]",
                AuthorId = r.MenteeId,
                AuthorUpn = r.MenteeUpn,
                AuthorName = r.MenteeDisplayName,
                SavedAt = session.End.AddHours(1),
            });
        EvaluationPoint.Recompute(r, Sessions.Where(s => s.RelationshipId == r.Id));
        return session;
    }

    /// <summary>Sessions every <paramref name="days"/> days from <paramref name="first"/>.</summary>
    public void SessionsEvery(Relationship r, DateTimeOffset first, int count, int days, Func<int, bool>? notesOn = null)
    {
        for (var i = 0; i < count; i++) Session(r, first.AddDays(i * days), notes: notesOn?.Invoke(i + 1) ?? false);
    }

    /// <summary>A decision recorded at the relationship's evaluation point.</summary>
    public void Decide(Relationship r, string kind, DateTimeOffset at)
    {
        r.DecidedAfterMeeting = r.EvaluateAfterMeetings;
        Decisions.Add(new RelationshipDecision
        {
            Id = Guid.CreateVersion7(at),
            TenantId = tenantId,
            RelationshipId = r.Id,
            AfterMeeting = r.EvaluateAfterMeetings,
            Kind = kind,
            DecidedBy = "mentee",
            CreatedAt = at,
            CompletedAt = at,
        });
    }

    public static string Upn(string name) => name.ToLowerInvariant().Replace(' ', '.') + "@contoso.example";

    private static string Id(string name) => "seed-" + name.ToLowerInvariant().Replace(' ', '-');
}
