using System.Globalization;
using System.Net;
using MentorScheduler.Api.Core;
using Microsoft.Graph.Models;
using NodaTime;

namespace MentorScheduler.Api.Agendas;

/// <summary>The agenda mail (mentee to mentor, mentee in copy) and the mentee's reminder, each carrying its delivery marker.</summary>
public static class AgendaMail
{
    /// <summary>Marks a sent mail with its delivery id, so a sweep after a crash finds it in Sent Items.</summary>
    public const string MarkerPropertyId = "String {8d3f3b7e-2a61-4c8e-9f0a-5b1d7c2e4a91} Name MentorSchedulerDelivery";
    public const string MarkerHeader = "X-MentorScheduler-Delivery";

    public static Message Agenda(Relationship r, Session s, RenderedAgenda agenda, Guid deliveryId) => new()
    {
        // To the mentor: the session's time in the mentor's zone, the zone named.
        Subject = $"Agenda: mentoring session {s.Number} with {r.MenteeDisplayName}, {MentorTime(r, s)}",
        Body = new ItemBody { ContentType = BodyType.Html, Content = agenda.Html },
        ToRecipients = [Recipient(r.MentorMail, r.MentorDisplayName)],
        CcRecipients = [Recipient(r.MenteeMail, r.MenteeDisplayName)],
        InternetMessageHeaders = [new InternetMessageHeader { Name = MarkerHeader, Value = deliveryId.ToString() }],
        SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = MarkerPropertyId, Value = deliveryId.ToString() }],
    };

    public static Message Reminder(Relationship r, Session s, DateTimeOffset agendaGoesOut, Guid deliveryId)
    {
        var menteeZone = r.MenteeTimeZone ?? r.TimeZone;
        var zone = TimeZones.Zone(menteeZone);
        var outOn = Instant.FromDateTimeOffset(agendaGoesOut).InZone(zone).ToString("dddd d MMMM 'at' HH:mm", CultureInfo.InvariantCulture);
        var day = Instant.FromDateTimeOffset(s.Start).InZone(zone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);
        var html = $"<p>Your mentoring session {s.Number} with {E(r.MentorDisplayName)} is on {E(day)} ({E(TimeZones.Label(menteeZone))}).</p>" +
                   $"<p>The agenda goes to {E(r.MentorDisplayName)} on {E(outOn)} ({E(TimeZones.Label(menteeZone))}), or as soon as the notes of your last " +
                   "session are filed. Add your discussion items before then: topics, problems with the solutions you propose, and evidence of progress on " +
                   "your action items. Open MentorScheduler in Outlook to add them.</p>";
        return new Message
        {
            Subject = $"Add your items for mentoring session {s.Number} with {r.MentorDisplayName}",
            Body = new ItemBody { ContentType = BodyType.Html, Content = html },
            ToRecipients = [Recipient(r.MenteeMail, r.MenteeDisplayName)],
            InternetMessageHeaders = [new InternetMessageHeader { Name = MarkerHeader, Value = deliveryId.ToString() }],
            SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = MarkerPropertyId, Value = deliveryId.ToString() }],
        };
    }

    public static string MarkerFilter(Guid deliveryId) =>
        $"singleValueExtendedProperties/Any(ep: ep/id eq '{MarkerPropertyId}' and ep/value eq '{deliveryId}')";

    private static Recipient Recipient(string mail, string name) => new() { EmailAddress = new EmailAddress { Address = mail, Name = name } };

    /// <summary><c>Mon 4 Jan, 09:00 New York time</c>.</summary>
    public static string MentorTime(Relationship r, Session s)
    {
        var zone = r.MentorTimeZone ?? r.TimeZone;
        return $"{Instant.FromDateTimeOffset(s.Start).InZone(TimeZones.Zone(zone)).ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture)} {TimeZones.Label(zone)}";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
