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
        Assert.Equal(1, first.Exchanges("obo"));
        Assert.NotEmpty(stored);
        Assert.NotEmpty(await db.DataProtectionKeys.AsNoTracking().ToListAsync());
        // The on-behalf-of token, and the application's (the search reads the zones of the people found as the app).
        Assert.NotEmpty(first.Entra.IssuedTokens);
        foreach (var entry in stored)
        {
            var text = Encoding.UTF8.GetString(entry.Value);
            foreach (var issued in first.Entra.IssuedTokens)
            {
                Assert.DoesNotContain(issued, text, StringComparison.Ordinal);
                Assert.DoesNotContain(issued.Split('.')[1], text, StringComparison.Ordinal);
            }
            Assert.DoesNotContain("access_token", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task AnExchangeLastsAsLongAsItsTokenAndNoLonger()
    {
        await using var world = await LiveWorld.StartAsync();
        using var adele = world.ClientFor("adele.vance");

        (await adele.GetAsync("/api/people?search=meg")).EnsureSuccessStatusCode();
        (await adele.GetAsync("/api/people?search=die")).EnsureSuccessStatusCode();
        var withAnHour = world.Exchanges("obo");
        // A token with two minutes left is one MSAL renews (it renews in a token's last five minutes).
        world.Entra.TokenLifetime = TimeSpan.FromMinutes(2);
        using var megan = world.ClientFor("megan.bowen");
        (await megan.GetAsync("/api/people?search=adele")).EnsureSuccessStatusCode();
        (await megan.GetAsync("/api/people?search=die")).EnsureSuccessStatusCode();

        Assert.Equal(1, withAnHour);
        Assert.Equal(3, world.Exchanges("obo"));
    }
}
