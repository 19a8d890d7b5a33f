using System.Collections.Concurrent;
using System.Security.Cryptography;
using MentorScheduler.GraphSimulator.Directory;

namespace MentorScheduler.GraphSimulator.Mail;

/// <summary>The tenant's mailboxes in memory: sendMail delivers into them, message routes read them; thread-safe.</summary>
public sealed class SimulatedMailboxes(SimulatedDirectory directory, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Mailbox> _byUserId = new(StringComparer.OrdinalIgnoreCase);
    private long _sequence;

    /// <summary>
    /// Delivers a copy to each recipient whose mailbox is in the tenant (external addresses are accepted and
    /// dropped) and, unless told not to, keeps one in the sender's sent items.
    /// </summary>
    public void Send(SeedUser sender, OutgoingMail outgoing)
    {
        var mail = outgoing with { To = Resolve(outgoing.To), Cc = Resolve(outgoing.Cc), Bcc = Resolve(outgoing.Bcc), ReplyTo = Resolve(outgoing.ReplyTo) };
        var now = clock.GetUtcNow();
        now = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var internetMessageId = $"<{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}@{directory.Tenant.Domain}>";
        var conversationId = NewId();
        var from = new MailAddress(sender.DisplayName, sender.Address);

        StoredMessage Copy(string folder, bool isRead) =>
            new(NewId(), folder, Interlocked.Increment(ref _sequence), now, now, internetMessageId, conversationId, from, mail, isRead);

        if (mail.SaveToSentItems) MailboxOf(sender).Add(Copy(MailFolders.SentItems, isRead: true));
        var recipients = mail.To.Concat(mail.Cc).Concat(mail.Bcc)
            .Select(r => directory.FindByAddress(r.Address))
            .OfType<SeedUser>()
            .DistinctBy(u => u.Id);
        foreach (var recipient in recipients)
            MailboxOf(recipient).Add(Copy(MailFolders.Inbox, isRead: false));
    }

    /// <summary>
    /// The message Exchange sends an organiser when an attendee answers with a response: subject "Declined: …" (or
    /// "Accepted: …", "Tentative: …"), the attendee's comment as its body, in the organiser's inbox and the attendee's
    /// sent items.
    /// </summary>
    public void DeliverMeetingResponse(SeedUser attendee, SeedUser organizer, string subject, string response, string comment)
    {
        var prefix = response switch { "accepted" => "Accepted", "declined" => "Declined", _ => "Tentative" };
        var now = clock.GetUtcNow();
        now = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var to = new MailAddress(organizer.DisplayName, organizer.Address);
        var mail = new OutgoingMail($"{prefix}: {subject}", "html", $"<html><body>{System.Net.WebUtility.HtmlEncode(comment)}</body></html>",
            [to], [], [], [], [], [], SaveToSentItems: true);
        var internetMessageId = $"<{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}@{directory.Tenant.Domain}>";
        var from = new MailAddress(attendee.DisplayName, attendee.Address);
        var conversationId = NewId();
        StoredMessage Copy(string folder, bool isRead) =>
            new(NewId(), folder, Interlocked.Increment(ref _sequence), now, now, internetMessageId, conversationId, from, mail, isRead, response);
        MailboxOf(attendee).Add(Copy(MailFolders.SentItems, isRead: true));
        MailboxOf(organizer).Add(Copy(MailFolders.Inbox, isRead: false));
    }

    /// <summary>The user's messages, in one folder or in all of them.</summary>
    public IReadOnlyList<StoredMessage> Messages(SeedUser user, string? folder) =>
        _byUserId.TryGetValue(user.Id, out var mailbox) ? mailbox.Messages(folder) : [];

    /// <summary>Names each address as Exchange does: a tenant user's display name, else the name given, else the address.</summary>
    private List<MailAddress> Resolve(IReadOnlyList<MailAddress> addresses) =>
        addresses.Select(a => a with { Name = directory.FindByAddress(a.Address)?.DisplayName ?? a.Name ?? a.Address }).ToList();

    private Mailbox MailboxOf(SeedUser user) => _byUserId.GetOrAdd(user.Id, _ => new Mailbox());

    private static string NewId() =>
        "AAMkAG" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    private sealed class Mailbox
    {
        private readonly Lock _gate = new();
        private readonly List<StoredMessage> _messages = [];

        public void Add(StoredMessage message)
        {
            lock (_gate) _messages.Add(message);
        }

        public List<StoredMessage> Messages(string? folder)
        {
            lock (_gate) return folder is null ? [.. _messages] : _messages.Where(m => m.Folder == folder).ToList();
        }
    }
}
