using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Simulation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>The simulator's counters: HTTP requests, Graph operations (batch steps count each) and arrivals by route.</summary>
public sealed record GraphCounters(int HttpRequests, int Operations, Dictionary<string, int> ByRoute)
{
    public int Matching(string routePart) =>
        ByRoute.Where(r => r.Key.Contains(routePart, StringComparison.OrdinalIgnoreCase)).Sum(r => r.Value);
}
