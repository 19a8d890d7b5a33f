using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Tests.Agendas;
using MentorScheduler.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>Refused mail is tried a bounded number of times, agendas have a size, admins sweep their own tenant (points 13, 14).</summary>
public sealed class DeliveryBoundsTests : IAsyncLifetime
{
    private AgendaWorld _world = null!;

    public async Task InitializeAsync() => _world = await AgendaWorld.BookedAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task AMailGraphRefusesForGoodIsTriedFiveTimesThenMarkedFailedAndShown()
    {
        await _world.App.InjectFault(new { route = "POST /users/*/sendMail", status = 403 });
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));

        for (var run = 0; run < 5; run++)
            Assert.Equal(0, (await _world.Sweep()).GetProperty("delivered").GetInt32());
        var afterFive = await _world.SendMailCount();
        await _world.Sweep();

        Assert.Equal(afterFive, await _world.SendMailCount());
        Assert.True(afterFive >= 5, $"each of the five sweeps tried once; the simulator saw {afterFive} sendMail calls");
        using var adele = await _world.App.ClientFor("adele.vance");
        var sessions = await adele.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{_world.RelationshipId}/sessions");
        Assert.Equal("failed", sessions![0].GetProperty("agenda").GetProperty("status").GetString());
        Assert.Empty(await _world.Agendas(AgendaWorld.Megan));
    }

    [Fact]
    public async Task ASessionsAgendaHoldsThirtyItemsAndRefusesTheThirtyFirst()
    {
        for (var i = 0; i < AgendaItems.MaxPerSession; i++)
        {
            using var added = await _world.AddItem("adele.vance", 2, $"Topic {i}");
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        using var refused = await _world.AddItem("adele.vance", 2, "One too many");

        var problem = await ProblemAssert.Problem(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("tooManyItems", problem.Code());
    }

    [Fact]
    public async Task AnAdminsSweepTouchesTheirOwnTenantOnly()
    {
        var foreign = await CopyIntoAnotherTenantAsync();
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));

        var result = await _world.Sweep();

        Assert.Equal(1, result.GetProperty("delivered").GetInt32());
        await using var scope = _world.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        Assert.False(await db.AgendaDeliveries.AnyAsync(d => d.RelationshipId == foreign));
    }

    /// <summary>The same booked relationship and sessions, as another tenant's: due exactly when Adele's are.</summary>
    private async Task<Guid> CopyIntoAnotherTenantAsync()
    {
        await using var scope = _world.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        var own = await db.Relationships.AsNoTracking().SingleAsync();
        var copy = new Relationship
        {
            Id = Guid.NewGuid(),
            TenantId = "11111111-2222-4333-8444-555555555555",
            MenteeId = own.MenteeId,
            MenteeUpn = own.MenteeUpn,
            MenteeMail = own.MenteeMail,
            MenteeDisplayName = own.MenteeDisplayName,
            MentorId = own.MentorId,
            MentorUpn = own.MentorUpn,
            MentorMail = own.MentorMail,
            MentorDisplayName = own.MentorDisplayName,
            Purpose = own.Purpose,
            Goals = own.Goals,
            Frequency = own.Frequency,
            DurationMinutes = own.DurationMinutes,
            StartDate = own.StartDate,
            MeetingCount = own.MeetingCount,
            EvaluateAfterMeetings = own.EvaluateAfterMeetings,
            TimeZone = own.TimeZone,
            Status = own.Status,
            SeriesEventId = own.SeriesEventId,
            SeriesStart = own.SeriesStart,
            SeriesTimeZone = own.SeriesTimeZone,
        };
        db.Relationships.Add(copy);
        foreach (var s in await db.Sessions.AsNoTracking().Where(s => s.RelationshipId == own.Id).ToListAsync())
            db.Sessions.Add(new Session
            {
                Id = Guid.NewGuid(),
                TenantId = copy.TenantId,
                RelationshipId = copy.Id,
                Number = s.Number,
                SeriesVersion = s.SeriesVersion,
                SeriesEventId = s.SeriesEventId,
                OccurrenceId = s.OccurrenceId,
                OriginalStart = s.OriginalStart,
                Start = s.Start,
                End = s.End,
            });
        await db.SaveChangesAsync();
        return copy.Id;
    }
}
