using System.Globalization;
using System.Net;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;

namespace MentorScheduler.Api.Mail;

/// <summary>
/// The mails of a relationship's life (API.md "The relationship's life"), each recorded in the outbox with the change
/// it tells of. Every text a person wrote is HTML-encoded: markup in a purpose, a goal or a comment stays words.
/// </summary>
public static class LifecycleMails
{
    public const string Proposal = "proposal", Accepted = "accepted", Declined = "declined", Withdrawn = "withdrawn", ThankYou = "thankYou", CheckIn = "checkIn",
        EvaluationDue = "evaluationDue", Decision = "decision", SeriesDeclined = "seriesDeclined";

    /// <summary>To the mentor, from the mentee: the agreement asked for, and how to answer it.</summary>
    public static OutboxMail ProposalToMentor(MentorSchedulerDb db, Relationship r, DateTimeOffset now) =>
        MailOutbox.Add(db, r.TenantId, r.Id, Proposal, r.MenteeUpn, r.MentorMail, r.MentorDisplayName,
            $"{r.MenteeDisplayName} asks you to be their mentor",
            $"<p>{E(r.MenteeDisplayName)} would like you to be their mentor, and proposes this agreement.</p>" +
            AgreementSummary.Html(r) +
            $"<p><strong>First meeting from:</strong> {E(r.StartDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture))} ({E(r.TimeZone)}).</p>" +
            "<p><strong>How to answer:</strong> open MentorScheduler in Outlook (the add-in, on any mail) and choose <em>Accept</em> or " +
            "<em>Decline</em>, with a comment if you like. Nothing is booked in your calendar until you accept; saying no is fine, " +
            "and your comment helps them find the right mentor.</p>", now);

    /// <summary>To the mentee, from the mentor: yes (book a time now) or no (with the mentor's words).</summary>
    public static OutboxMail AnswerToMentee(MentorSchedulerDb db, Relationship r, DateTimeOffset now)
    {
        var accepted = r.Status == RelationshipStatus.Agreed;
        var comment = string.IsNullOrWhiteSpace(r.MentorComment) ? string.Empty : $"<p>{E(r.MentorDisplayName)} wrote: “{E(r.MentorComment)}”</p>";
        return accepted
            ? MailOutbox.Add(db, r.TenantId, r.Id, Accepted, r.MentorUpn, r.MenteeMail, r.MenteeDisplayName,
                $"{r.MentorDisplayName} agreed to be your mentor",
                $"<p>{E(r.MentorDisplayName)} accepted your mentoring proposal.</p>{comment}" +
                "<p>Open MentorScheduler in Outlook to choose a time that suits you both; the whole series is then booked in your calendars.</p>", now)
            : MailOutbox.Add(db, r.TenantId, r.Id, Declined, r.MentorUpn, r.MenteeMail, r.MenteeDisplayName,
                $"{r.MentorDisplayName} cannot be your mentor",
                $"<p>{E(r.MentorDisplayName)} declined your mentoring proposal.</p>{comment}" +
                "<p>Nothing was booked. You can propose someone else in MentorScheduler; the guides suggest asking a few possible mentors.</p>", now);
    }

    /// <summary>To the mentee, from the mentor's mailbox: the mentor declined the booked time in Outlook; choose another.</summary>
    public static OutboxMail SeriesDeclinedToMentee(MentorSchedulerDb db, Relationship r, string? comment, DateTimeOffset now) =>
        MailOutbox.Add(db, r.TenantId, r.Id, SeriesDeclined, r.MentorUpn, r.MenteeMail, r.MenteeDisplayName,
            $"{r.MentorDisplayName} declined the time: choose another",
            $"<p>{E(r.MentorDisplayName)} declined the meeting series in Outlook. They still agree to mentor you; it is about the time.</p>" +
            (comment is null ? string.Empty : $"<p>{E(r.MentorDisplayName)} wrote: “{E(comment)}”</p>") +
            "<p>The series is cancelled in both calendars. Open MentorScheduler in Outlook and choose another time; the new series is booked as before.</p>", now);

    /// <summary>To the mentor, from the mentee: the request is taken back.</summary>
    public static OutboxMail WithdrawalToMentor(MentorSchedulerDb db, Relationship r, DateTimeOffset now) =>
        MailOutbox.Add(db, r.TenantId, r.Id, Withdrawn, r.MenteeUpn, r.MentorMail, r.MentorDisplayName,
            $"{r.MenteeDisplayName} withdrew their mentoring request",
            $"<p>{E(r.MenteeDisplayName)} withdrew the mentoring request they sent you (purpose: {E(r.Purpose)}). " +
            "Nothing was booked and nothing more is asked of you.</p>", now);

    /// <summary>The thank-you note of the person who ended the relationship, to the other, from the writer's mailbox.</summary>
    public static OutboxMail ThankYouNote(MentorSchedulerDb db, Relationship r, bool fromMentee, string note, DateTimeOffset now)
    {
        var (fromUpn, fromName) = fromMentee ? (r.MenteeUpn, r.MenteeDisplayName) : (r.MentorUpn, r.MentorDisplayName);
        var (toMail, toName) = fromMentee ? (r.MentorMail, r.MentorDisplayName) : (r.MenteeMail, r.MenteeDisplayName);
        return MailOutbox.Add(db, r.TenantId, r.Id, ThankYou, fromUpn, toMail, toName, $"Thank you from {fromName}",
            $"<p>{E(note).Replace("\n", "<br>", StringComparison.Ordinal)}</p>" +
            $"<p class=\"muted\">Sent with MentorScheduler as {E(fromName)} ended your mentoring relationship.</p>", now);
    }

    /// <summary>The stay-in-touch check-in to the mentee: first after <paramref name="everyDays"/>, then again at that interval.</summary>
    public static OutboxMail StayInTouch(MentorSchedulerDb db, Relationship r, int everyDays, DateTimeOffset now) =>
        MailOutbox.Add(db, r.TenantId, r.Id, CheckIn, r.MenteeUpn, r.MenteeMail, r.MenteeDisplayName,
            $"Time to catch up with {r.MentorDisplayName}?",
            $"<p>When your mentoring with {E(r.MentorDisplayName)} ended you chose to stay in touch. A short note or a coffee keeps " +
            "the connection alive: tell them what has moved since, and ask what they are working on.</p>", now, now.AddDays(everyDays), everyDays);

    /// <summary>
    /// To each of the two, from the mentee's mailbox: the evaluation point has come. The mentor's copy is sent from the
    /// mentee's mailbox too (the application sends as the series' organiser), so only one mailbox is ever written from.
    /// </summary>
    public static void EvaluationDueToBoth(MentorSchedulerDb db, Relationship r, DateTimeOffset now)
    {
        foreach (var (toMail, toName, other) in new[] { (r.MenteeMail, r.MenteeDisplayName, r.MentorDisplayName), (r.MentorMail, r.MentorDisplayName, r.MenteeDisplayName) })
            MailOutbox.Add(db, r.TenantId, r.Id, EvaluationDue, r.MenteeUpn, toMail, toName,
                $"Time to evaluate your mentoring with {other}",
                $"<p>You have now held {r.EvaluateAfterMeetings} meetings, the evaluation point you agreed (purpose: {E(r.Purpose)}).</p>" +
                "<p>Open MentorScheduler in Outlook and record a short evaluation: how far each goal has come (1 to 5), what you " +
                "reflect, and whether you would continue, amend or end. Then decide together; either of you can record the decision.</p>", now);
    }

    /// <summary>To the other person, from the one who decided: what was decided at the evaluation point.</summary>
    public static OutboxMail DecisionToOther(MentorSchedulerDb db, Relationship r, bool byMentee, string what, DateTimeOffset now)
    {
        var (fromUpn, fromName) = byMentee ? (r.MenteeUpn, r.MenteeDisplayName) : (r.MentorUpn, r.MentorDisplayName);
        var (toMail, toName) = byMentee ? (r.MentorMail, r.MentorDisplayName) : (r.MenteeMail, r.MenteeDisplayName);
        return MailOutbox.Add(db, r.TenantId, r.Id, Decision, fromUpn, toMail, toName, $"{fromName} recorded your mentoring decision",
            $"<p>{E(fromName)} recorded the decision at your evaluation point: {E(what)}</p>" +
            "<p>Your calendars already follow it. Open MentorScheduler in Outlook to see the relationship.</p>", now);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
