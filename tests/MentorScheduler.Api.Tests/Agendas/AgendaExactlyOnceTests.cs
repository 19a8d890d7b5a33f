using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;

namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>Exactly one agenda per session: under throttling, outages, concurrent sweeps and a crash.</summary>
public sealed class AgendaExactlyOnceTests : IAsyncLifetime
{
    private AgendaWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await AgendaWorld.BookedAsync();
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task ThrottledSendsAreRetriedAndDeliverOnce(int status)
    {
        await _world.App.InjectFault(new { route = "POST /users/*/sendMail", status, retryAfterSeconds = 0, count = 2 });

        var result = await _world.Sweep();

        Assert.Equal(1, result.GetProperty("delivered").GetInt32());
        Assert.Single(await _world.Agendas(AgendaWorld.Megan));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task AnOutageSendsNothingAndTheNextSweepSendsOnce(int status)
    {
        await _world.App.InjectFault(new { route = "POST /users/*/sendMail", status, retryAfterSeconds = 0 });

        var failed = await _world.Sweep();
        await _world.App.ClearFaults();
        var recovered = await _world.Sweep();
        var after = await _world.Sweep();

        Assert.Equal(0, failed.GetProperty("delivered").GetInt32());
        Assert.Equal(1, recovered.GetProperty("delivered").GetInt32());
        Assert.Equal(0, after.GetProperty("delivered").GetInt32());
        Assert.Single(await _world.Agendas(AgendaWorld.Megan));
    }

    [Fact]
    public async Task ReadsThatFailSkipTheRelationshipUntilTheNextSweep()
    {
        await _world.App.InjectFault(new { route = "GET /users/*/events/*/instances", status = 503, retryAfterSeconds = 0 });

        var failed = await _world.Sweep();
        await _world.App.ClearFaults();
        var recovered = await _world.Sweep();

        Assert.Equal(0, failed.GetProperty("delivered").GetInt32());
        Assert.Equal(1, recovered.GetProperty("delivered").GetInt32());
        Assert.Single(await _world.Agendas(AgendaWorld.Megan));
    }

    [Fact]
    public async Task TwoSweepsAtOnceDeliverEachAgendaOnce()
    {
        var results = await Task.WhenAll(_world.Sweep(), _world.Sweep(), _world.Sweep());

        Assert.Equal(1, results.Sum(r => r.GetProperty("delivered").GetInt32()));
        Assert.Single(await _world.Agendas(AgendaWorld.Megan));
    }

    [Fact]
    public async Task ACrashBetweenSendingAndRecordingDoesNotSendASecondMail()
    {
        // What a crash leaves: the intent recorded ("sending"), the lease run out, and the mail in Sent Items.
        var deliveryId = await _world.LeaveSendingAsync();
        await _world.App.Graph().Users[AgendaWorld.Adele].SendMail.PostAsync(new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = "Agenda: mentoring session 1 (sent just before the crash)",
                Body = new ItemBody { ContentType = BodyType.Html, Content = "<p>agenda</p>" },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = AgendaWorld.Megan } }],
                SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = AgendaMail.MarkerPropertyId, Value = deliveryId.ToString() }],
            },
            SaveToSentItems = true,
        });

        await _world.Sweep();

        Assert.Single(await _world.Agendas(AgendaWorld.Megan));
        var agenda = await _world.Agenda("megan.bowen", 1);
        Assert.Equal("sent", agenda.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ADeliveryStillLeasedByAnotherSweepIsLeftAlone()
    {
        await using (var scope = _world.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
            var session = await db.Sessions.SingleAsync(s => s.Id == Guid.Parse(_world.SessionIds[0]));
            db.AgendaDeliveries.Add(new AgendaDelivery
            {
                Id = Guid.NewGuid(),
                TenantId = session.TenantId,
                RelationshipId = session.RelationshipId,
                SessionId = session.Id,
                Kind = DeliveryKind.Agenda,
                LeaseOwner = "another-process",
                LeaseUntilMs = AgendaWorld.FirstSession.ToUnixTimeMilliseconds(),
            });
            await db.SaveChangesAsync();
        }

        var result = await _world.Sweep();

        Assert.Equal(0, result.GetProperty("delivered").GetInt32());
        Assert.Empty(await _world.Agendas(AgendaWorld.Megan));
    }
}
