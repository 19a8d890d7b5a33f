using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>
/// Looks at each getSchedule request the simulator receives while <see cref="Recording"/> is on: keeps its
/// window (startTime to endTime), so the benchmark reports the span the slot finder really reads, and how many
/// were in flight at once (1 means the windows are read one after another). Off, it costs one flag check per
/// request, so timed runs leave it off.
/// </summary>
public sealed class ScheduleWindowRecorder
{
    private readonly ConcurrentQueue<(DateTime Start, DateTime End)> _windows = new();
    private int _inFlight;
    private int _maxInFlight;

    public bool Recording { get; set; }

    /// <summary>The most getSchedule requests the simulator was answering at once since the last <see cref="Take"/>.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>The windows recorded since the last call, by start; starts counting afresh.</summary>
    public IReadOnlyList<(DateTime Start, DateTime End)> Take()
    {
        var taken = new List<(DateTime, DateTime)>();
        while (_windows.TryDequeue(out var window)) taken.Add(window);
        Interlocked.Exchange(ref _maxInFlight, 0);
        return taken.OrderBy(w => w.Item1).ToList();
    }

    private async Task Observe(HttpContext context, RequestDelegate next)
    {
        if (Recording && HttpMethods.IsPost(context.Request.Method)
            && context.Request.Path.Value?.EndsWith("getSchedule", StringComparison.OrdinalIgnoreCase) == true)
        {
            context.Request.EnableBuffering();
            using (var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))
            {
                if (Read(body.RootElement, "startTime") is { } start && Read(body.RootElement, "endTime") is { } end)
                    _windows.Enqueue((start, end));
            }
            context.Request.Body.Position = 0;

            var now = Interlocked.Increment(ref _inFlight);
            for (var max = _maxInFlight; now > max; max = _maxInFlight)
                if (Interlocked.CompareExchange(ref _maxInFlight, now, max) == max) break;
            try
            {
                await next(context);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
            return;
        }
        await next(context);
    }

    /// <summary>A dateTimeTimeZone's dateTime, which the reader sends in UTC; property names in any case.</summary>
    private static DateTime? Read(JsonElement body, string name)
    {
        foreach (var property in body.EnumerateObject())
        {
            if (!property.NameEquals(name) && !string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var inner in property.Value.EnumerateObject())
                if (string.Equals(inner.Name, "dateTime", StringComparison.OrdinalIgnoreCase)
                    && DateTime.TryParse(inner.Value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
                    return value;
        }
        return null;
    }

    /// <summary>Puts the recorder first in the app's pipeline.</summary>
    public sealed class StartupFilter(ScheduleWindowRecorder recorder) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(recorder.Observe);
            next(app);
        };
    }
}
