using MentorScheduler.Api.Core;
using MentorScheduler.Api.Identity;
using MentorScheduler.GraphSimulator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Simulation;

/// <summary>Simulated mode only: the in-process Graph simulator, the dev clock and the local token issuer.</summary>
public static class SimulationApi
{
    /// <summary>The key under which tests may register the clock the dev clock advances with.</summary>
    public const string ClockSourceKey = "dev-clock-source";

    public static IServiceCollection AddSimulation(this IServiceCollection services)
    {
        services.AddKeyedSingleton(ClockSourceKey, TimeProvider.System);
        services.AddSingleton(sp => new DevClock(sp.GetRequiredKeyedService<TimeProvider>(ClockSourceKey)));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<DevClock>());
        services.AddGraphSimulator();
        return services;
    }

    public static void MapSimulation(this IEndpointRouteBuilder app)
    {
        app.MapGraphSimulator();
        app.MapDevTokens();
        var dev = app.MapGroup("/dev").WithTags("Simulated mode").AllowAnonymous();
        dev.MapGet("/clock", GetClock);
        dev.MapPost("/clock", SetClock);
        dev.MapGet("/background", GetBackground).WithSummary("The last agenda sweep's summary and the last notification's lag (Simulated mode).");
    }

    public static Ok<ClockDto> GetClock(DevClock clock) => TypedResults.Ok(new ClockDto(clock.GetUtcNow()));

    public static Ok<BackgroundDto> GetBackground(Telemetry.BackgroundStatus status)
    {
        var (sweep, notification) = (status.LastSweep, status.LastNotification);
        return TypedResults.Ok(new BackgroundDto(sweep?.FinishedAt, sweep?.Summary, sweep?.Took.TotalSeconds, notification?.At, notification?.Lag.TotalSeconds));
    }

    public static Results<Ok<ClockDto>, ValidationProblem> SetClock(ClockDto? request, DevClock clock, NotificationSignal signal)
    {
        if (request?.Now is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["now"] = ["Give the instant to move the clock to, with an offset, for example 2027-01-04T08:00:00Z."],
            });
        if (request.Now.Value.Year is < 2000 or > 2100)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["now"] = ["Move the clock to an instant in the years 2000 to 2100, for example 2027-01-04T08:00:00Z."],
            });
        clock.Set(request.Now.Value);
        // The subscription keeper's hourly wait runs on real time: told now, it renews what the move brought near its
        // end, as an hour's pass would have, instead of letting the subscriptions lapse unseen.
        signal.MailboxesChanged();
        return TypedResults.Ok(new ClockDto(clock.GetUtcNow()));
    }
}
