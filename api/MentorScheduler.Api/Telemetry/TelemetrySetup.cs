using MentorScheduler.Api.Infrastructure;
using Microsoft.Extensions.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MentorScheduler.Api.Telemetry;

/// <summary>
/// OpenTelemetry for the app: traces across a request, its Graph calls (the SDK's HttpClient) and its database
/// work; metrics of ASP.NET Core, HttpClient, the runtime and <see cref="AppMetrics"/>. Exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; readable at <c>/metrics</c> (Prometheus text) when
/// <c>Telemetry:PrometheusEndpoint</c> is true, by default in Simulated mode only. Logs carry the trace and span
/// ids and the relationship and session of the request as scopes.
/// </summary>
public static class TelemetrySetup
{
    public const string PrometheusKey = "Telemetry:PrometheusEndpoint";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder, GraphMode mode)
    {
        builder.Services.AddSingleton<AppMetrics>();
        builder.Services.AddSingleton<BackgroundStatus>();
        builder.Services.AddSingleton<GraphReachability>();
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        // Our meter through the host's metrics rules, scoped to this app's IMeterFactory: OpenTelemetry's AddMeter
        // listens by name across the process, so two hosts in one process (the tests) would share, and on one's
        // shutdown end, each other's streams.
        builder.Metrics.EnableMetrics(AppMetrics.MeterName, instrumentName: null, listenerName: null, MeterScope.Local);

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var prometheus = Prometheus(builder.Configuration, mode);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("MentorScheduler", serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
                if (prometheus) m.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                if (otlp) m.AddOtlpExporter();
            })
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/metrics") && !c.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation();
                if (otlp) t.AddOtlpExporter();
            });
        return builder;
    }

    /// <summary>The scrape endpoint when configured, and the log scope naming the relationship and session a request is about.</summary>
    public static WebApplication MapTelemetry(this WebApplication app, GraphMode mode)
    {
        if (Prometheus(app.Configuration, mode)) app.MapPrometheusScrapingEndpoint("/metrics");
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MentorScheduler.Requests");
        app.Use(async (context, next) =>
        {
            var values = context.Request.RouteValues;
            var relationship = context.Request.Path.StartsWithSegments("/api/relationships") ? values.GetValueOrDefault("id") : null;
            if (relationship is null && values.GetValueOrDefault("sessionId") is null)
            {
                await next(context);
                return;
            }
            using (logger.BeginScope(new Dictionary<string, object?> { ["RelationshipId"] = relationship, ["SessionId"] = values.GetValueOrDefault("sessionId") }))
                await next(context);
        });
        return app;
    }

    private static bool Prometheus(IConfiguration configuration, GraphMode mode) =>
        configuration.GetValue<bool?>(PrometheusKey) ?? mode == GraphMode.Simulated;
}
