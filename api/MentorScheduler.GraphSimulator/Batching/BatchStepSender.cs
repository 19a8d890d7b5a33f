using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MentorScheduler.GraphSimulator.Batching;

/// <summary>
/// Sends one batch step to the simulator's own routes over real HTTP, marked with <see cref="BatchStepHeader"/>,
/// so counters, latency and fault rules apply to each step as Graph applies throttling per request.
/// </summary>
public sealed class BatchStepSender(IHttpClientFactory clients, TimeProvider clock)
{
    public const string HttpClientName = "MentorScheduler.GraphSimulator.BatchSteps";

    /// <summary>Headers not copied from a step: transport ones, and Content-Type, which the step's content already carries.</summary>
    private static readonly string[] SkippedHeaders = ["Host", "Content-Length", "Transfer-Encoding", "Connection", "Content-Type"];

    public async Task<BatchStepResult> SendAsync(BatchStep step, string serviceRoot, string? authorization, CancellationToken cancellationToken)
    {
        var target = Target(serviceRoot, step.Url);
        if (target is null)
            return BatchStepResult.Error(step.Id, StatusCodes.Status400BadRequest, "BadRequest", $"Invalid request URL '{step.Url}': " +
                "give a URL relative to the service root, such as '/users'.", clock.GetUtcNow());

        using var request = new HttpRequestMessage(new HttpMethod(step.Method), target);
        if (step.Body is not null)
        {
            var content = Content(step.Body, step.Headers.GetValueOrDefault("Content-Type") ?? "application/json");
            if (content is null)
                return BatchStepResult.Error(step.Id, StatusCodes.Status400BadRequest, "BadRequest", "A body that is not JSON must be a base64 string.", clock.GetUtcNow());
            request.Content = content;
        }
        foreach (var (name, value) in step.Headers)
        {
            if (SkippedHeaders.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            if (!request.Headers.TryAddWithoutValidation(name, value))
                request.Content?.Headers.TryAddWithoutValidation(name, value);
        }
        request.Headers.TryAddWithoutValidation(BatchStepHeader.Name, step.Id);
        if (!string.IsNullOrEmpty(authorization) && !request.Headers.Contains("Authorization"))
            request.Headers.TryAddWithoutValidation("Authorization", authorization);

        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            return await BatchStepResult.FromAsync(step.Id, response, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return BatchStepResult.Error(step.Id, StatusCodes.Status500InternalServerError, "InternalServerError",
                "The simulator could not reach its own service root to run this request.", clock.GetUtcNow());
        }
    }

    /// <summary>
    /// The absolute address of a step. Graph takes URLs relative to the version root, with or without a
    /// leading '/'. The SDK's BatchRequestContent cuts the first five characters ("/v1.0") off the request's
    /// path, which under a prefixed root such as "/graph-sim/v1.0" leaves "h-sim/v1.0/users/…": that
    /// leftover of our own root is recognised and dropped.
    /// </summary>
    private static Uri? Target(string serviceRoot, string url)
    {
        if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return null;
        var rootPath = new Uri(serviceRoot).AbsolutePath;
        var leftover = rootPath.Length > 5 ? rootPath[5..] + "/" : null;
        if (leftover is not null && url.StartsWith(leftover, StringComparison.OrdinalIgnoreCase)) url = url[(leftover.Length - 1)..];
        return Uri.TryCreate(serviceRoot.TrimEnd('/') + "/" + url.TrimStart('/'), UriKind.Absolute, out var target) ? target : null;
    }

    private static HttpContent? Content(JsonNode body, string contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)) mediaType = new MediaTypeHeaderValue("application/json");
        HttpContent content;
        if (mediaType.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        }
        else
        {
            var bytes = body is JsonValue v && v.TryGetValue<string>(out var base64) ? TryFromBase64(base64) : null;
            if (bytes is null) return null;
            content = new ByteArrayContent(bytes);
        }
        content.Headers.ContentType = mediaType;
        return content;
    }

    private static byte[]? TryFromBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
