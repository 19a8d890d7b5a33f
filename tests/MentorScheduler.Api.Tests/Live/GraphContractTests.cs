using MentorScheduler.GraphSimulator;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using Microsoft.Graph.Users.Item.SendMail;

namespace MentorScheduler.Api.Tests.Live;

/// <summary>
/// One set of Graph contract checks, run against the simulator in both of its modes: as the embedded
/// Simulated mode uses it (no token) and in strict-token mode with the tokens Live mode gets (delegated for the
/// user's own calls, app-only for background work, with README's consent). The same calls must give the same
/// answers, so the two modes never drift.
/// </summary>
public abstract class GraphContractTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(TestApp.DefaultNow);

    protected DemoTenant Tenant { get; } = DemoTenant.LoadDefault();

    protected FakeEntra Entra { get; private set; } = null!;

    protected GraphHost Host { get; private set; } = null!;

    protected abstract bool Strict { get; }

    public async Task InitializeAsync()
    {
        Entra = new FakeEntra(_clock, LiveWorld.ClientId, LiveWorld.ClientSecret, ReadmePermissions.Delegated(), ReadmePermissions.Application());
        Host = await GraphHost.StartAsync(Strict ? Entra : null, _clock);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Entra.Dispose();
    }

    /// <summary>Graph as the signed-in user sees it (on-behalf-of in Live mode).</summary>
    protected GraphServiceClient AsUser(string upn)
    {
        if (!Strict) return Host.ClientWith(null);
        var id = Tenant.Users.Single(u => u.UserPrincipalName == upn).Id;
        return Host.ClientWith(Entra.GraphTokenFor(Tenant.TenantId, id, upn, string.Join(' ', ReadmePermissions.Delegated())));
    }

    /// <summary>Graph as the application sees it (background work in Live mode).</summary>
    protected GraphServiceClient AsApp() =>
        Host.ClientWith(Strict ? Entra.AppGraphTokenFor(Tenant.TenantId, [.. ReadmePermissions.Application()]) : null);

    [Fact]
    public async Task AUserIsFoundByTheirPrincipalName()
    {
        var megan = await AsUser(DemoUsers.Adele).Users[DemoUsers.Megan].GetAsync(rc => rc.QueryParameters.Select = ["id", "displayName", "jobTitle"]);

        Assert.Equal("Megan Bowen", megan?.DisplayName);
    }

    [Fact]
    public async Task TheManagementChainComesWhole()
    {
        var adele = await AsUser(DemoUsers.Adele).Users[DemoUsers.Adele].GetAsync(rc =>
        {
            rc.QueryParameters.Expand = ["manager($levels=max;$select=id,displayName)"];
            rc.Headers.Add("ConsistencyLevel", "eventual");
        });

        Assert.NotNull((adele?.Manager as User)?.DisplayName);
    }

    [Fact]
    public async Task FreeBusyOfBothComesThroughTheCallersOwnCalendar()
    {
        var response = await AsUser(DemoUsers.Adele).Users[DemoUsers.Adele].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(new GetSchedulePostRequestBody
        {
            Schedules = [DemoUsers.Adele, DemoUsers.Megan],
            StartTime = new DateTimeTimeZone { DateTime = "2027-01-04T00:00:00", TimeZone = "UTC" },
            EndTime = new DateTimeTimeZone { DateTime = "2027-01-08T00:00:00", TimeZone = "UTC" },
            AvailabilityViewInterval = 30,
        });

        Assert.Equal([DemoUsers.Adele, DemoUsers.Megan], response!.Value!.Select(s => s.ScheduleId));
    }

    [Fact]
    public async Task TheMenteeBooksInTheirOwnCalendarAndTheAppReadsTheOccurrences()
    {
        var created = await AsUser(DemoUsers.Adele).Users[DemoUsers.Adele].Events.PostAsync(new Event
        {
            Subject = "Mentoring",
            Start = new DateTimeTimeZone { DateTime = "2027-01-18T14:00:00", TimeZone = "Europe/London" },
            End = new DateTimeTimeZone { DateTime = "2027-01-18T14:45:00", TimeZone = "Europe/London" },
            Recurrence = new PatternedRecurrence
            {
                Pattern = new RecurrencePattern { Type = RecurrencePatternType.Weekly, Interval = 1, DaysOfWeek = [DayOfWeekObject.Monday] },
                Range = new RecurrenceRange { Type = RecurrenceRangeType.Numbered, StartDate = new Microsoft.Kiota.Abstractions.Date(2027, 1, 18), NumberOfOccurrences = 3 },
            },
            Attendees = [new Attendee { EmailAddress = new EmailAddress { Address = DemoUsers.Megan }, Type = AttendeeType.Required }],
            TransactionId = "contract-" + Guid.NewGuid(),
        });
        var instances = await AsApp().Users[DemoUsers.Adele].Events[created!.Id].Instances.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2027-01-01T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2027-03-01T00:00:00Z";
        });

        Assert.Equal(3, instances!.Value!.Count);
    }

    [Fact]
    public async Task TheAppSendsMailFromTheMenteesMailboxInABatch()
    {
        var app = AsApp();
        var batch = new BatchRequestContentCollection(app);
        var send = await batch.AddBatchRequestStepAsync(app.Users[DemoUsers.Adele].SendMail.ToPostRequestInformation(new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = "Contract",
                Body = new ItemBody { ContentType = BodyType.Text, Content = "Hello" },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = DemoUsers.Megan } }],
            },
        }));
        var settings = await batch.AddBatchRequestStepAsync(app.Users[DemoUsers.Megan].MailboxSettings.ToGetRequestInformation());

        var codes = await (await app.Batch.PostAsync(batch)).GetResponsesStatusCodesAsync();

        Assert.Equal(System.Net.HttpStatusCode.Accepted, codes[send]);
        Assert.Equal(System.Net.HttpStatusCode.OK, codes[settings]);
    }
}
