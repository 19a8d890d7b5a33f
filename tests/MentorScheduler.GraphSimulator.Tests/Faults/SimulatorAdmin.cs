using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MentorScheduler.GraphSimulator.Tests.Faults;

/// <summary>The simulator's admin surface (<c>/graph-sim/admin</c>) over plain HTTP, for arranging faults and reading counters.</summary>
public sealed class SimulatorAdmin(SimulatorHost sim) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(sim.ServiceRoot.Replace("/v1.0", "/admin/", StringComparison.Ordinal)) };

    /// <summary>A plain client for raw Graph calls: no retry handler, so every faulted answer is seen as is.</summary>
    public HttpClient Raw { get; } = new();

    public async Task<string> AddFaultAsync(object rule)
    {
        using var response = await _http.PostAsJsonAsync("faults", rule);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonObject>();
        return created!["id"]!.GetValue<string>();
    }

    public async Task<JsonObject> CountersAsync() =>
        (await _http.GetFromJsonAsync<JsonObject>("counters"))!;

    public async Task<long> RouteCountAsync(string routeKey) =>
        (await CountersAsync())["byRoute"]?[routeKey]?.GetValue<long>() ?? 0;

    public Task<HttpResponseMessage> PostAsync(string path, object body) => _http.PostAsJsonAsync(path, body);

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(path, UriKind.Relative));

    public Task<HttpResponseMessage> DeleteAsync(string path) => _http.DeleteAsync(new Uri(path, UriKind.Relative));

    public void Dispose()
    {
        _http.Dispose();
        Raw.Dispose();
    }
}
