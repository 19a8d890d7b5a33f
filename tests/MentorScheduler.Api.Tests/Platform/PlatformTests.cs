using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Api.Tests.Platform;

public sealed class PlatformTests : IAsyncLifetime
{
    private readonly TestApp _app = new TestApp().WithServices(services =>
        services.AddSingleton<IStartupFilter, ThrowingRouteFilter>());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task HealthAnswersHealthyWithoutAToken()
    {
        using var client = _app.Anonymous();

        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheRelationshipsApi()
    {
        using var client = _app.Anonymous();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/relationships", out var relationships));
        Assert.True(relationships.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/relationships/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/me", out _));
        Assert.DoesNotContain(paths.EnumerateObject(), p => p.Name.StartsWith("/graph-sim", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnexpectedFailureIsAProblemWithNoInternals()
    {
        using var client = _app.Anonymous();

        using var response = await client.GetAsync("/test/boom");

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.InternalServerError);
        var text = problem.GetRawText();
        Assert.DoesNotContain("secret-internal-detail", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task AnUnknownAddressIsAProblem()
    {
        using var client = _app.Anonymous();

        using var response = await client.GetAsync("/api/nothing-here");

        await ProblemAssert.Problem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheDevClockMovesTheApisNow()
    {
        using var client = _app.Anonymous();

        using var set = await client.PostAsJsonAsync("/dev/clock", new { now = "2027-01-04T08:00:00Z" });
        var read = await client.GetFromJsonAsync<JsonElement>("/dev/clock");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.Zero), read.GetProperty("now").GetDateTimeOffset());
    }

    [Fact]
    public async Task TheDevClockRefusesAMissingInstant()
    {
        using var client = _app.Anonymous();

        using var set = await client.PostAsJsonAsync("/dev/clock", new { });

        await ProblemAssert.ValidationProblem(set, "now");
    }

    [Fact]
    public async Task TheTaskPanePlaceholderIsServed()
    {
        using var client = _app.Anonymous();

        var page = await client.GetStringAsync("/addin/index.html");

        Assert.Contains("MentorScheduler", page, StringComparison.Ordinal);
    }

    /// <summary>Adds a route that throws, to see what a caller gets from an unhandled exception.</summary>
    private sealed class ThrowingRouteFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/boom", boom => boom.Run(_ => throw new InvalidOperationException("secret-internal-detail")));
        };
    }
}
