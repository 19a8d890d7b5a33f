using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace MentorScheduler.GraphSimulator.Tests;

public sealed class UsersTests
{
    [Fact]
    public async Task AUserIsFoundByUpnWithTheDefaultProperties()
    {
        await using var sim = await SimulatorHost.StartAsync();

        var user = await sim.Graph.Users["adele.vance@contoso.example"].GetAsync();

        Assert.NotNull(user);
        Assert.Equal("Adele Vance", user.DisplayName);
        Assert.Equal("Software Engineer", user.JobTitle);
        Assert.Equal("a1e0d7c4-1b2c-4d5e-8f90-000000000001", user.Id);
    }

    [Fact]
    public async Task TheWholeManagerChainComesBackWithLevelsMax()
    {
        await using var sim = await SimulatorHost.StartAsync();

        var user = await sim.Graph.Users["adele.vance@contoso.example"].GetAsync(rc =>
        {
            rc.QueryParameters.Expand = ["manager($levels=max;$select=id,displayName,userPrincipalName)"];
            rc.Headers.Add("ConsistencyLevel", "eventual");
        });

        var chain = new List<string?>();
        for (var m = user!.Manager; m is not null; m = (m as User)?.Manager)
            chain.Add((m as User)?.UserPrincipalName);
        Assert.Equal(["alex.wilber@contoso.example", "patti.fernandez@contoso.example"], chain);
    }

    [Fact]
    public async Task MailboxSettingsGiveTheWindowsZoneAndWorkingHours()
    {
        await using var sim = await SimulatorHost.StartAsync();

        var settings = await sim.Graph.Users["megan.bowen@contoso.example"].MailboxSettings.GetAsync();

        Assert.Equal("Eastern Standard Time", settings!.TimeZone);
        Assert.Equal(new Microsoft.Kiota.Abstractions.Time(9, 0, 0), settings.WorkingHours!.StartTime);
        Assert.Equal(5, settings.WorkingHours.DaysOfWeek!.Count);
    }

    [Fact]
    public async Task AnUnknownUserAnswersGraphsNotFoundError()
    {
        await using var sim = await SimulatorHost.StartAsync();

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users["nobody@contoso.example"].GetAsync());

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal("Request_ResourceNotFound", error.Error!.Code);
    }

    [Fact]
    public async Task PeopleSearchFiltersByStartOfName()
    {
        await using var sim = await SimulatorHost.StartAsync();

        var page = await sim.Graph.Users.GetAsync(rc =>
            rc.QueryParameters.Filter = "startswith(displayName,'me') or startswith(surname,'me')");

        Assert.Equal(["Megan Bowen"], page!.Value!.Select(u => u.DisplayName));
    }

    [Fact]
    public async Task SearchMatchesTheStartOfAnyWordOfTheNamedPropertiesWithTheConsistencyHeader()
    {
        await using var sim = await SimulatorHost.StartAsync();

        var page = await sim.Graph.Users.GetAsync(rc =>
        {
            rc.QueryParameters.Search = "\"displayName:bow\" OR \"officeLocation:sing\" OR \"department:data\"";
            rc.Headers.Add("ConsistencyLevel", "eventual");
        });

        Assert.Equal(["Johanna Lorenz", "Lee Gu", "Megan Bowen"], page!.Value!.Select(u => u.DisplayName));
    }

    [Fact]
    public async Task SearchWithoutTheConsistencyHeaderIsRefusedAsGraphRefusesIt()
    {
        await using var sim = await SimulatorHost.StartAsync();

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users.GetAsync(rc => rc.QueryParameters.Search = "\"displayName:bow\""));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Contains("ConsistencyLevel: eventual", error.Error!.Message, StringComparison.Ordinal);
    }
}
