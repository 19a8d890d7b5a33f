using System.Text.Json;
using MentorScheduler.Api.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MentorScheduler.Api.Health;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the database, the sweep, the subscriptions and
/// Graph, as JSON with each check's status and a one-line reason (no secrets). <c>/health</c>: the combined word.
/// </summary>
public static class HealthSetup
{
    public const string Live = "live";
    public const string Ready = "ready";

    public static IServiceCollection AddReadiness(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy("The process answers."), [Live])
            .AddCheck<DatabaseReadiness>("database", tags: [Ready])
            .AddCheck<SweepReadiness>("sweep", tags: [Ready])
            .AddCheck<SubscriptionReadiness>("subscriptions", tags: [Ready])
            .AddCheck<GraphReadiness>("graph", tags: [Ready]);
        return services;
    }

    public static WebApplication MapReadiness(this WebApplication app)
    {
        app.Services.GetRequiredService<BackgroundStatus>().Started(app.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) || c.Tags.Contains(Live) });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Live), ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), reason = e.Value.Description }),
        }, JsonSerializerOptions.Web));
    }
}
