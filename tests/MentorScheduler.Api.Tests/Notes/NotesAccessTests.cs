using System.Net;
using System.Net.Http.Json;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Notes;

public sealed class NotesAccessTests : BookedPairTests
{
    private string _itemId = string.Empty;
    private string _occurrenceId = string.Empty;

    protected override async Task ArrangeAsync()
    {
        var (notes, _) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(), new
        {
            meetingNotes = "Private notes",
            actionItems = new[] { new { text = "Draft a plan", owner = "mentee" } },
        });
        _itemId = notes.GetProperty("actionItems")[0].GetProperty("id").GetString()!;
        _occurrenceId = (await NotesWorld.OccurrenceIn(App, NotesWorld.Mentee, Booking.Sessions[0])).Id!;
    }

    private string Relationship => $"/api/relationships/{Booking.Id}";

    private string Session => $"{Relationship}/sessions/{Booking.SessionId(0)}";

    /// <summary>Every read of the record.</summary>
    private string[] Reads => ReadsOf(Booking, _itemId, _occurrenceId);

    /// <summary>Every read of a booked pair's record whose first session has notes with one action item.</summary>
    public static string[] ReadsOf(Booked booking, string itemId, string occurrenceId)
    {
        var relationship = $"/api/relationships/{booking.Id}";
        var session = $"{relationship}/sessions/{booking.SessionId(0)}";
        return
        [
            $"{session}/notes",
            $"{session}/notes/history",
            $"{session}/notes/history/1",
            $"{session}/items",
            $"{session}/agenda",
            $"{relationship}/action-items",
            $"{relationship}/action-items?status=open",
            $"{relationship}/action-items/{itemId}",
            $"{relationship}/timeline",
            $"{relationship}/export?format=markdown",
            $"/api/sessions/by-event/{Uri.EscapeDataString(occurrenceId)}",
        ];
    }

    /// <summary>The reads that answer what the two wrote: all but the lookup of a session by its Outlook event.</summary>
    public static bool IsPrivate(string url) => !url.StartsWith("/api/sessions/by-event/", StringComparison.Ordinal);

    [Theory]
    [InlineData("lee.gu")]
    [InlineData("alex.wilber")]
    public async Task AStrangerGetsNotFoundFromEveryEndpoint(string stranger)
    {
        using var client = await App.ClientFor(stranger);

        foreach (var url in Reads)
        {
            using var response = await client.GetAsync(url);
            var problem = await ProblemAssert.Problem(response, HttpStatusCode.NotFound);
            Assert.Equal("notFound", problem.Code());
        }
        foreach (var response in await Writes(client))
        {
            using (response)
            {
                var problem = await ProblemAssert.Problem(response, HttpStatusCode.NotFound);
                Assert.Equal("notFound", problem.Code());
            }
        }
        var (notes, _) = await NotesWorld.GetOk(Adele, $"{Session}/notes");
        Assert.Equal("Private notes", notes.GetProperty("meetingNotes").GetString());
    }

    [Fact]
    public async Task AProgramAdminReadsNoneOfTheTextByDefaultAndChangesNothing()
    {
        using var diego = await App.ClientFor("diego.siciliani");

        foreach (var url in Reads)
        {
            using var response = await diego.GetAsync(url);
            if (!IsPrivate(url))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                continue;
            }
            var body = await response.Content.ReadAsStringAsync();
            var problem = await ProblemAssert.Problem(response, HttpStatusCode.Forbidden);
            Assert.Equal("notesPrivate", problem.Code());
            Assert.Contains("Privacy:AdminsReadNotes", problem.Detail(), StringComparison.Ordinal);
            Assert.DoesNotContain("Private notes", body, StringComparison.Ordinal);
        }
        foreach (var response in await Writes(diego))
        {
            using (response)
            {
                var problem = await ProblemAssert.Problem(response, HttpStatusCode.Forbidden);
                Assert.Equal("readOnly", problem.Code());
            }
        }
        var (notes, etag) = await NotesWorld.GetOk(Adele, $"{Session}/notes");
        Assert.Equal("Private notes", notes.GetProperty("meetingNotes").GetString());
        Assert.Equal(1, notes.GetProperty("version").GetInt32());
        Assert.Equal("open", notes.GetProperty("actionItems")[0].GetProperty("status").GetString());
        Assert.StartsWith("\"1-", etag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothParticipantsReadEverything()
    {
        foreach (var client in new[] { Adele, Megan })
            foreach (var url in Reads)
            {
                using var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
    }

    [Fact]
    public async Task WithoutATokenEveryEndpointAnswers401()
    {
        using var anonymous = App.Anonymous();

        foreach (var url in Reads)
        {
            using var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    /// <summary>Every write, each sent with the current ETag so only the caller's rights decide.</summary>
    private async Task<List<HttpResponseMessage>> Writes(HttpClient client)
    {
        var (_, etag) = await NotesWorld.GetOk(Adele, $"{Session}/notes");
        return
        [
            await NotesWorld.Put(client, $"{Session}/notes", new { meetingNotes = "Overwritten" }, etag),
            await client.PostAsJsonAsync($"{Session}/action-items", new { text = "Sneaky", owner = "mentee" }),
            await NotesWorld.Patch(client, $"{Relationship}/action-items/{_itemId}", new { status = "done" }),
        ];
    }
}
