using System.Net;
using System.Text.Json;

namespace MentorScheduler.Api.Tests.Infrastructure;

/// <summary>Reads and checks RFC 9457 problem bodies.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>A 400 validation problem whose errors name exactly these fields.</summary>
    public static async Task<JsonElement> ValidationProblem(HttpResponseMessage response, params string[] fields)
    {
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(fields.OrderBy(n => n, StringComparer.Ordinal).ToArray(), errors);
        foreach (var field in fields)
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errors").GetProperty(field)[0].GetString()));
        return problem;
    }

    public static string Detail(this JsonElement problem) => problem.GetProperty("detail").GetString() ?? string.Empty;

    public static string Code(this JsonElement problem) => problem.GetProperty("code").GetString() ?? string.Empty;
}
