using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;

namespace MentorScheduler.Api.Mail;

/// <summary>
/// Sends the mails recorded in <see cref="OutboxMail"/>: each is leased (on PostgreSQL with <c>FOR UPDATE SKIP
/// LOCKED</c>, so instances never take the same row; on SQLite by a conditional update), sent with the
/// application's <c>sendMail</c> from the mailbox of the person whose action it reports, and marked sent. A refusal
/// is tried again after a growing wait, and given up (logged) after <see cref="MaxAttempts"/>.
/// At least once: a crash between Graph's 202 and the mark sends that one mail again.
/// </summary>
public sealed class MailOutbox(MentorSchedulerDb db, IGraphClients graph, TimeProvider clock, ILogger<MailOutbox> logger)
{
    public const int MaxAttempts = 10;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Records a mail with the change being saved: the caller's SaveChanges writes both or neither.</summary>
    /// <param name="db">The context whose SaveChanges records the change.</param>
    /// <param name="tenantId">The tenant whose mailbox sends it.</param>
    /// <param name="relationshipId">The relationship it tells of.</param>
    /// <param name="kind">What it tells of.</param>
    /// <param name="fromUpn">The sending mailbox.</param>
    /// <param name="toAddress">The recipient's SMTP address.</param>
    /// <param name="toName">The recipient's name.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="html">The body; every text a person wrote in it already encoded.</param>
    /// <param name="now">Now, on the injected clock.</param>
    /// <param name="sendAt">Not before then (now when null).</param>
    /// <param name="repeatEveryDays">Sent again this many days after each sending.</param>
    public static OutboxMail Add(MentorSchedulerDb db, string tenantId, Guid relationshipId, string kind, string fromUpn,
        string toAddress, string toName, string subject, string html, DateTimeOffset now, DateTimeOffset? sendAt = null, int? repeatEveryDays = null)
    {
        var mail = new OutboxMail
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            RelationshipId = relationshipId,
            Kind = kind,
            FromUpn = fromUpn,
            ToAddress = toAddress,
            ToName = toName,
            Subject = subject,
            Html = html,
            CreatedAt = now,
            AvailableAtMs = (sendAt ?? now).ToUnixTimeMilliseconds(),
            RepeatEveryDays = repeatEveryDays,
        };
        db.Set<OutboxMail>().Add(mail);
        return mail;
    }

    /// <summary>Sends what is due now; how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claimed = await ClaimAsync(now, 20, ct);
        var sent = 0;
        foreach (var mail in claimed)
        {
            try
            {
                await graph.ForTenant(mail.TenantId).Users[mail.FromUpn].SendMail.PostAsync(new SendMailPostRequestBody
                {
                    Message = new Message
                    {
                        Subject = mail.Subject,
                        Body = new ItemBody { ContentType = BodyType.Html, Content = mail.Html },
                        ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = mail.ToAddress, Name = mail.ToName } }],
                    },
                    SaveToSentItems = true,
                }, cancellationToken: ct);
                mail.SentAt = clock.GetUtcNow();
                sent++;
                if (mail.RepeatEveryDays is { } days)
                {
                    var due = DateTimeOffset.FromUnixTimeMilliseconds(mail.AvailableAtMs).AddDays(days);
                    Add(db, mail.TenantId, mail.RelationshipId, mail.Kind, mail.FromUpn, mail.ToAddress, mail.ToName, mail.Subject, mail.Html,
                        clock.GetUtcNow(), due, days);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException && GraphExceptionHandler.Translate(e, out _) is not null)
            {
                mail.Attempts++;
                mail.LastError = e.Message.Length > 500 ? e.Message[..500] : e.Message;
                mail.Failed = mail.Attempts >= MaxAttempts;
                mail.AvailableAtMs = (clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(3600, 15 * Math.Pow(2, mail.Attempts - 1)))).ToUnixTimeMilliseconds();
                if (mail.Failed)
                    logger.LogError("The {Kind} mail {MailId} of relationship {RelationshipId} was refused {Attempts} times and is given up: {Reason}",
                        mail.Kind, mail.Id, mail.RelationshipId, mail.Attempts, mail.LastError);
                else
                    logger.LogWarning("The {Kind} mail {MailId} of relationship {RelationshipId} was refused ({Reason}); it is tried again.",
                        mail.Kind, mail.Id, mail.RelationshipId, mail.LastError);
            }
            mail.LeaseOwner = null;
            mail.LeaseUntilMs = null;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return sent;
    }

    /// <summary>When the next unsent mail falls due, or null when none waits.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct)
    {
        var ms = await db.Set<OutboxMail>().Where(m => m.SentAt == null && !m.Failed).MinAsync(m => (long?)m.AvailableAtMs, ct);
        return ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
    }

    private async Task<List<OutboxMail>> ClaimAsync(DateTimeOffset now, int max, CancellationToken ct)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var untilMs = (now + Lease).ToUnixTimeMilliseconds();
        db.ChangeTracker.Clear();
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE "OutboxMail" SET "LeaseOwner" = {_owner}, "LeaseUntilMs" = {untilMs}
                WHERE "Id" IN (SELECT "Id" FROM "OutboxMail"
                               WHERE "SentAt" IS NULL AND NOT "Failed" AND "AvailableAtMs" <= {nowMs} AND ("LeaseUntilMs" IS NULL OR "LeaseUntilMs" < {nowMs})
                               ORDER BY "Id" LIMIT {max} FOR UPDATE SKIP LOCKED)
                """, ct);
        }
        else
        {
            var due = await db.Set<OutboxMail>()
                .Where(m => m.SentAt == null && !m.Failed && m.AvailableAtMs <= nowMs && (m.LeaseUntilMs == null || m.LeaseUntilMs < nowMs))
                .OrderBy(m => m.Id).Select(m => m.Id).Take(max).ToListAsync(ct);
            if (due.Count == 0) return [];
            await db.Set<OutboxMail>().Where(m => due.Contains(m.Id) && (m.LeaseUntilMs == null || m.LeaseUntilMs < nowMs))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.LeaseOwner, _owner).SetProperty(m => m.LeaseUntilMs, untilMs), ct);
        }
        return await db.Set<OutboxMail>().Where(m => m.SentAt == null && m.LeaseOwner == _owner && m.LeaseUntilMs == untilMs).OrderBy(m => m.Id).ToListAsync(ct);
    }
}
