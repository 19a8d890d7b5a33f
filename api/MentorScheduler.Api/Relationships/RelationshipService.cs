using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Mail;
using MentorScheduler.Api.Mentors;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Relationships;

/// <summary>
/// Records new agreements after the checks that need the directory (who the mentor is and who manages whom), and
/// with each the mail that asks the mentor.
/// </summary>
public sealed class RelationshipService(MentorSchedulerDb db, PeopleDirectory directory, MentorProfiles profiles, CurrentUser user, MailSignal mail, TimeProvider clock)
{
    /// <summary>Records the agreement with the caller as mentee, or says in words why it cannot be.</summary>
    public async Task<CreateOutcome> CreateAsync(ValidAgreement agreement, CancellationToken ct)
    {
        if (string.Equals(agreement.MentorUpn, user.Upn, StringComparison.OrdinalIgnoreCase))
            return CreateOutcome.Refuse("You cannot mentor yourself",
                "The mentor is you. Choose someone else in your organisation to be your mentor.", "mentorIsSelf");

        var mentor = await directory.FindAsync(agreement.MentorUpn, ct);
        if (mentor is null)
            return CreateOutcome.Refuse("Mentor not found",
                $"No one in your organisation has the user name '{agreement.MentorUpn}'. Check the spelling, or search for the mentor by name.",
                "mentorNotFound");
        if (mentor.Id == user.ObjectId)
            return CreateOutcome.Refuse("You cannot mentor yourself",
                "The mentor is you. Choose someone else in your organisation to be your mentor.", "mentorIsSelf");

        var chain = await directory.ManagementChainAsync(user.ObjectId, ct);
        var level = chain.Managers.ToList().FindIndex(m => m.Id == mentor.Id);
        if (level >= 0)
            return CreateOutcome.Refuse("A manager cannot be your mentor",
                $"{mentor.DisplayName} is {DescribeLevel(level + 1)}, so they have managerial authority over you and cannot also be your mentor. " +
                "Choose someone outside your management chain, such as a peer of your manager or someone in another department.",
                "mentorIsManager");

        // Meetings, free/busy and mail go to SMTP addresses, which may differ from the UPN.
        if (mentor.Mail is null)
            return CreateOutcome.Refuse("The mentor has no mailbox",
                $"{mentor.DisplayName} has no Microsoft 365 mailbox, so MentorScheduler cannot find a time with them or invite them. Choose someone with a mailbox.",
                "mentorHasNoMailbox");
        if (chain.Person?.Mail is not { } menteeMail)
            return CreateOutcome.Refuse("You have no mailbox",
                "Your account has no Microsoft 365 mailbox, so MentorScheduler cannot book meetings for you. Ask your IT team for an Exchange Online mailbox.",
                "menteeHasNoMailbox");

        var existing = await OpenWithAsync(mentor.Id, ct);
        if (existing is not null)
            return CreateOutcome.Duplicate(existing);

        // Respect a mentor's time: their profile may say they take no mentees now, or no more than they have.
        if (await profiles.RefusalAsync(user.TenantId, mentor.Id, mentor.DisplayName, ct) is { } refusal)
            return CreateOutcome.Refuse(refusal.Title, refusal.Detail, refusal.Code);

        var menteeZone = TimeZones.ToIana(await directory.OwnMailboxTimeZoneAsync(user.ObjectId, ct));
        var zone = agreement.TimeZone ?? menteeZone;
        if (zone is null)
            return CreateOutcome.Refuse("Time zone needed",
                "Your mailbox has no time zone MentorScheduler recognises. Give timeZone, for example Europe/London.", "timeZoneUnknown");

        var mentorZone = TimeZones.ToIana(await directory.MailboxTimeZoneAsync(user.TenantId, mentor.Id, ct));
        var now = clock.GetUtcNow();
        var relationship = new Relationship
        {
            Id = Guid.CreateVersion7(now),
            TenantId = user.TenantId,
            MenteeId = user.ObjectId,
            MenteeUpn = user.Upn,
            MenteeMail = menteeMail,
            MenteeDisplayName = user.DisplayName,
            MentorId = mentor.Id,
            MentorUpn = mentor.Upn,
            MentorMail = mentor.Mail,
            MentorDisplayName = mentor.DisplayName,
            MentorJobTitle = Clip(mentor.JobTitle),
            MentorDepartment = Clip(mentor.Department),
            Purpose = agreement.Purpose,
            Goals = agreement.Goals,
            Frequency = agreement.Frequency,
            DurationMinutes = agreement.DurationMinutes,
            StartDate = agreement.StartDate,
            MeetingCount = agreement.MeetingCount,
            EvaluateAfterMeetings = agreement.EvaluateAfterMeetings,
            TimeZone = zone,
            MenteeTimeZone = menteeZone ?? zone,
            MentorTimeZone = mentorZone,
            Status = RelationshipStatus.Proposed,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Relationships.Add(relationship);
        // Ask first: the mentor hears of it by mail, recorded with the proposal and sent in the background.
        var request = LifecycleMails.ProposalToMentor(db, relationship, now);
        try
        {
            await db.SaveChangesAsync(ct);
            mail.Queued();
        }
        catch (DbUpdateException)
        {
            // The open-pair index refused it: a simultaneous proposal for the same mentor was recorded first.
            db.Entry(relationship).State = EntityState.Detached;
            db.Entry(request).State = EntityState.Detached;
            if (await OpenWithAsync(mentor.Id, ct) is { } first) return CreateOutcome.Duplicate(first);
            throw;
        }
        return CreateOutcome.Created(relationship);
    }

    /// <summary>The caller's open relationship (proposed, agreed, invited or active) with this mentor, if any.</summary>
    private Task<Relationship?> OpenWithAsync(string mentorId, CancellationToken ct) =>
        db.Relationships.AsNoTracking()
            .Where(r => r.TenantId == user.TenantId && r.MenteeId == user.ObjectId && r.MentorId == mentorId)
            .Where(r => RelationshipStates.Open.Contains(r.Status))
            .FirstOrDefaultAsync(ct);

    /// <summary>A directory field as kept on the record: at most 256 characters.</summary>
    private static string? Clip(string? value) => value is { Length: > 256 } ? value[..256] : value;

    private static string DescribeLevel(int level) => level switch
    {
        1 => "your manager",
        2 => "your manager's manager",
        _ => $"{level} levels above you in your management chain",
    };
}
