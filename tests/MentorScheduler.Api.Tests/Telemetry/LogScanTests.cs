using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using MentorScheduler.Api.Tests.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorScheduler.Api.Tests.Telemetry;

/// <summary>
/// The logs of a whole flow (propose, agree, book, an agenda item, the sweep's agenda mail, notes and an action item,
/// Outlook's notifications) at Information level, scopes included: no token, no secret, no text a person wrote;
/// the sweep says what it did in one line and the delivery's log scope names its ids.
/// </summary>
public sealed partial class LogScanTests
{
    private static readonly DateTimeOffset FirstSession = new(2027, 1, 18, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AFullFlowLogsNoTokenSecretOrNoteText()
    {
        var logs = new CapturedLogs();
        await using var app = new TestApp()
            .WithSetting("Logging:LogLevel:Default", "Information")
            .WithSetting("Logging:LogLevel:Microsoft.AspNetCore", "Information")
            .WithServices(s => s.AddSingleton<ILoggerProvider>(logs));
        const string item = "Item-7Qx: my salary negotiation";
        const string note = "Note-9Kd: talked about leaving the team";
        const string advice = "Advice-3Zp: ask for the promotion";
        const string action = "Action-5Wm: update the CV";
        using var adele = await app.ClientFor("adele.vance");
        var tokens = new List<string> { adele.DefaultRequestHeaders.Authorization!.Parameter! };

        var id = await BookingWorld.Propose(adele, change: b => b["startDate"] = "2027-01-18");
        await BookingWorld.BookOk(adele, id, new { start = "2027-01-18T14:00:00", timeZone = "Europe/London" });
        var sessions = await BookingWorld.Sessions(adele, id);
        var first = sessions[0].GetProperty("id").GetString();
        (await adele.PostAsJsonAsync($"/api/relationships/{id}/sessions/{first}/items", new { text = item, kind = "discussion" })).EnsureSuccessStatusCode();
        app.Clock.SetUtcNow(FirstSession.AddDays(-6));
        using (var diego = await app.ClientFor("diego.siciliani"))
        {
            tokens.Add(diego.DefaultRequestHeaders.Authorization!.Parameter!);
            (await diego.PostAsync("/api/admin/agenda-sweep", null)).EnsureSuccessStatusCode();
        }
        app.Clock.SetUtcNow(FirstSession.AddHours(1));
        using var megan = await app.ClientFor("megan.bowen"); // tokens are judged by the app's clock: new ones after the move
        using var adeleLater = await app.ClientFor("adele.vance");
        tokens.AddRange(new[] { megan, adeleLater }.Select(c => c.DefaultRequestHeaders.Authorization!.Parameter!));
        using (var filed = await megan.PutAsJsonAsync($"/api/relationships/{id}/sessions/{first}/notes", new
        {
            meetingNotes = note,
            mentorAdvice = advice,
            actionItems = new[] { new { text = action, owner = "mentee", dueDate = "2027-01-22" } },
        }))
            Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        // A refused request's problem is logged too: it must not echo the body either.
        using (var refused = await adeleLater.PutAsJsonAsync($"/api/relationships/{id}/sessions/{first}/notes", new { meetingNotes = note + new string('x', 60_000) }))
            Assert.False(refused.IsSuccessStatusCode);
        await app.OutboxSentAsync();

        var lines = logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("Agenda sweep:", StringComparison.Ordinal) && l.Contains("1 agendas", StringComparison.Ordinal));
        // A request's lines carry its trace id and the relationship it is about, as scopes.
        Assert.Contains(lines, l => l.Contains($"RelationshipId={id}", StringComparison.Ordinal) && l.Contains("TraceId=", StringComparison.Ordinal));
        foreach (var line in lines)
        {
            foreach (var text in new[] { item, note, advice, action, "Item-7Qx", "Note-9Kd", "Advice-3Zp", "Action-5Wm" })
                Assert.DoesNotContain(text, line, StringComparison.Ordinal);
            foreach (var token in tokens)
            {
                Assert.DoesNotContain(token, line, StringComparison.Ordinal);
                Assert.DoesNotContain(token.Split('.')[1], line, StringComparison.Ordinal);
            }
            Assert.False(Jwt().IsMatch(line), $"a token-shaped string in: {line}");
            Assert.DoesNotContain("Bearer ", line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("clientState", line, StringComparison.OrdinalIgnoreCase);
        }
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")]
    private static partial Regex Jwt();
}
