using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using static MentorScheduler.GraphSimulator.Tests.Calendar.CalendarTestData;

namespace MentorScheduler.GraphSimulator.Tests.Calendar;

public sealed class TransactionIdTests
{
    private const string TransactionId = "mentorship-rel-42-series-v1";

    [Fact]
    public async Task ARetriedCreateWithTheSameTransactionIdCreatesNothingAndAnswersTheExistingEvent()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var first = await sim.Graph.Users[Adele].Events.PostAsync(Booking());
        var retry = await sim.Graph.Users[Adele].Events.PostAsync(Booking());
        var found = await sim.Graph.Users[Adele].Events.GetAsync(rc => rc.QueryParameters.Filter = RelationshipFilter("rel-42"));

        Assert.Equal(first!.Id, retry!.Id);
        Assert.Equal(TransactionId, retry.TransactionId);
        Assert.Equal(first.Id, Assert.Single(found!.Value!).Id);
    }

    [Fact]
    public async Task ADifferentEventWithAUsedTransactionIdIsRefusedAndTheOriginalIsFoundByItsExtendedProperty()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var first = await sim.Graph.Users[Adele].Events.PostAsync(Booking());
        var changed = Booking();
        changed.Subject = "Mentoring: Adele and Megan (rebooked)";

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].Events.PostAsync(changed));
        var found = await sim.Graph.Users[Adele].Events.GetAsync(rc => rc.QueryParameters.Filter = RelationshipFilter("rel-42"));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("ErrorDuplicateTransactionId", error.Error!.Code);
        Assert.Equal(first!.Id, Assert.Single(found!.Value!).Id);
    }

    [Fact]
    public async Task TheSameTransactionIdInAnotherMailboxIsIndependent()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var adeles = await sim.Graph.Users[Adele].Events.PostAsync(Booking());
        var megans = await sim.Graph.Users[Megan].Events.PostAsync(Booking());

        Assert.NotEqual(adeles!.Id, megans!.Id);
    }

    private static Event Booking()
    {
        var ev = Weekly("Mentoring: Adele and Megan", "2027-01-05T16:00:00", "2027-01-05T16:45:00", 8).WithRelationship("rel-42");
        ev.TransactionId = TransactionId;
        return ev;
    }
}
