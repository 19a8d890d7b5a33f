using System.Net;
using System.Text;
using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Api.Tests.Live;

/// <summary>
/// MSAL's token cache lives in the app's database, encrypted with Data Protection keys kept there too: a
/// second instance on the same database uses the first one's tokens without asking Entra again, and no
/// token is stored in clear.
/// </summary>
public sealed class SharedTokenCacheTests
{
    [Fact]
    public async Task ASecondInstanceOnTheSameDatabaseReusesTheTokensAndNoneIsStoredInClear()
    {
        var folder = TestApp.NewDataDirectory();
        await using var first = await LiveWorld.StartAsync(folder);
        await using var second = await LiveWorld.StartAsync(folder, first.App.Clock, first.Entra, first.Graph);
        var token = first.TokenFor("adele.vance");

        using var a = first.ClientWith(token);
        using var b = second.ClientWith(token);
        using var onFirst = await a.GetAsync("/api/people?search=meg");
        using var onSecond = await b.GetAsync("/api/people?search=meg");

        Assert.Equal(HttpStatusCode.OK, onFirst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        await using var scope = first.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        var stored = await db.TokenCache.AsNoTracking().ToListAsync();
        Assert.True(first.Exchanges("obo") == 1, $"{stored.Count} entries: {string.Join(", ", stored.Select(e => e.Id))}; keys {await db.DataProtectionKeys.CountAsync()}");
        Assert.NotEmpty(stored);
        Assert.NotEmpty(await db.DataProtectionKeys.AsNoTracking().ToListAsync());
        var issued = Assert.Single(first.Entra.IssuedTokens);
        foreach (var entry in stored)
        {
            var text = Encoding.UTF8.GetString(entry.Value);
            Assert.DoesNotContain(issued, text, StringComparison.Ordinal);
            Assert.DoesNotContain(issued.Split('.')[1], text, StringComparison.Ordinal);
            Assert.DoesNotContain("access_token", text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
