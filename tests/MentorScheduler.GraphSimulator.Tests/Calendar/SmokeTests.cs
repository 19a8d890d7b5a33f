using Microsoft.Graph.Models;

namespace MentorScheduler.GraphSimulator.Tests.Calendar;

public sealed class SmokeTests
{
    [Fact]
    public async Task CreateAndInstances()
    {
        await using var sim = await SimulatorHost.StartAsync(new FixedClock());
        var created = await sim.Graph.Users[CalendarTestData.Adele].Events.PostAsync(
            CalendarTestData.Weekly("Mentoring", "2027-03-16T14:00:00", "2027-03-16T15:00:00", 4));
        Assert.Equal(EventType.SeriesMaster, created!.Type);
        var raw = await sim.Http.GetStringAsync($"{sim.ServiceRoot}/users/{CalendarTestData.Adele}/events/{created.Id}");
        Console.WriteLine(raw);
        var page = await sim.Graph.Users[CalendarTestData.Adele].Events[created.Id].Instances.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2027-03-01T00:00:00";
            rc.QueryParameters.EndDateTime = "2027-05-01T00:00:00";
        });
        Assert.Equal(4, page!.Value!.Count);
        foreach (var e in page.Value) Console.WriteLine($"{e.Id} {e.Start!.DateTime} {e.Start.TimeZone} {e.Type} {e.OriginalStart}");
    }
}
