using System.Net;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace MentorScheduler.Api.Graph;

/// <summary>
/// Runs many Graph requests as JSON batches through the SDK: up to 20 steps per HTTP request, several
/// batches at once (for background work, as many as the process's <see cref="GraphBatchSlots"/> give, shared with
/// the rest of it; for a request, <see cref="GraphOptions.MaxBatchesInFlight"/> of its own, so it never queues behind
/// a sweep), never more than the mailbox gate allows per mailbox. Steps that Graph throttles or
/// fails transiently (429, 503, 504) are re-sent after their Retry-After; the SDK does not retry steps.
/// </summary>
public sealed class GraphBatcher(MailboxGate gate, GraphBatchSlots? slots, Microsoft.Extensions.Options.IOptions<GraphOptions> options, TimeProvider clock, Telemetry.AppMetrics metrics,
    ILogger<GraphBatcher> logger)
{
    public const int MaxStepsPerBatch = 20;

    /// <summary>The key of the batcher background work uses, whose batches in flight are the process's shared ones.</summary>
    public const string Background = "background";
    private const int MaxRounds = 4;

    /// <summary>
    /// Sends every step and returns each one's outcome, keyed by the step's own key. Steps that are not
    /// idempotent (sending mail) are re-sent only after a definite refusal (429, 503), never after a 504 or
    /// a batch lost in transit, since those may have run.
    /// </summary>
    public async Task<Dictionary<string, StepOutcome>> RunAsync(GraphServiceClient client, IReadOnlyList<GraphStep> steps, bool idempotent, CancellationToken ct)
    {
        var outcomes = new Dictionary<string, StepOutcome>();
        var pending = steps.ToList();
        for (var round = 0; round < MaxRounds && pending.Count > 0; round++)
        {
            var results = await RunRoundAsync(client, pending, idempotent, ct);
            var retry = new List<GraphStep>();
            var wait = TimeSpan.Zero;
            foreach (var step in pending)
            {
                var outcome = results[step.Key];
                outcomes[step.Key] = outcome;
                var retryable = idempotent ? outcome.IsTransient : outcome.Known && outcome.Status is 429 or 503;
                if (retryable && round < MaxRounds - 1)
                {
                    retry.Add(step);
                    if (outcome.RetryAfter > wait) wait = outcome.RetryAfter;
                }
            }
            if (retry.Count > 0 && wait > TimeSpan.Zero)
                await Task.Delay(wait < TimeSpan.FromSeconds(30) ? wait : TimeSpan.FromSeconds(30), clock, ct);
            pending = retry;
        }
        return outcomes;
    }

    private async Task<Dictionary<string, StepOutcome>> RunRoundAsync(GraphServiceClient client, List<GraphStep> steps, bool idempotent, CancellationToken ct)
    {
        var results = new Dictionary<string, StepOutcome>();
        using var own = slots is null ? new SemaphoreSlim(options.Value.MaxBatchesInFlight) : null;
        var tasks = Partition(steps).Select(async batch =>
        {
            if (own is not null) await own.WaitAsync(ct);
            else await slots!.WaitAsync(ct);
            try
            {
                var needs = batch.GroupBy(s => s.Mailbox, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
                using (await gate.EnterAsync(needs, ct))
                {
                    var outcome = await SendAsync(client, batch, idempotent, ct);
                    lock (results) foreach (var (key, value) in outcome) results[key] = value;
                }
            }
            finally
            {
                if (own is not null) own.Release();
                else slots!.Release();
            }
        });
        await Task.WhenAll(tasks);
        return results;
    }

    /// <summary>Batches of up to 20 steps, with no more steps of one mailbox than the gate allows.</summary>
    private IEnumerable<List<GraphStep>> Partition(List<GraphStep> steps)
    {
        var queues = steps.GroupBy(s => s.Mailbox, StringComparer.OrdinalIgnoreCase).Select(g => new Queue<GraphStep>(g)).ToList();
        while (queues.Any(q => q.Count > 0))
        {
            var batch = new List<GraphStep>();
            foreach (var queue in queues.Where(q => q.Count > 0))
            {
                for (var i = 0; i < gate.PerMailbox && queue.Count > 0 && batch.Count < MaxStepsPerBatch; i++)
                    batch.Add(queue.Dequeue());
                if (batch.Count == MaxStepsPerBatch) break;
            }
            yield return batch;
        }
    }

    private async Task<Dictionary<string, StepOutcome>> SendAsync(GraphServiceClient client, List<GraphStep> batch, bool idempotent, CancellationToken ct)
    {
        // Steps are at most 20, so one BatchRequestContent holds them; the collection the SDK prefers has no way to
        // set request options on the $batch request itself, which the retry rule below needs.
#pragma warning disable CS0618
        var content = new BatchRequestContent(client);
        var ids = new Dictionary<string, string>();
        foreach (var step in batch)
            ids[step.Key] = await content.AddBatchRequestStepAsync(step.Build());
#pragma warning restore CS0618

        var results = new Dictionary<string, StepOutcome>();
        metrics.BatchSent(batch.Count);
        try
        {
            var request = await client.Batch.ToPostRequestInformationAsync(content, ct);
            // The SDK's retry handler re-sends a whole $batch after a 504; a batch that sends mail must never be re-sent
            // blindly (its steps may have run), so it goes once and its steps' own answers decide.
            if (!idempotent) request.AddRequestOptions([new RetryHandlerOption { MaxRetry = 0 }]);
            var native = new NativeResponseHandler();
            request.AddRequestOptions([new ResponseHandlerOption { ResponseHandler = native }]);
            await client.RequestAdapter.SendNoContentAsync(request, cancellationToken: ct);
            using var http = native.Value as HttpResponseMessage;
            if (http is not null && RefusedWhole(http.StatusCode))
            {
                // Graph refused the batch itself (its token, its permissions, its shape, throttling): no step ran.
                var body = await http.Content.ReadAsStringAsync(ct);
                var refusal = new StepOutcome((int)http.StatusCode, body, RetryAfterOf(http), Known: true);
                logger.LogWarning("A Graph batch of {Count} requests was refused whole with {Status} {Error}; none of its steps ran.",
                    batch.Count, refusal.Status, refusal.ErrorCode);
                foreach (var step in batch) results[step.Key] = refusal;
                return results;
            }
            if (http is null || !http.IsSuccessStatusCode)
            {
                logger.LogWarning("A Graph batch of {Count} requests answered {Status}; whether its steps ran is unknown.", batch.Count, (int?)http?.StatusCode);
                foreach (var step in batch) results[step.Key] = StepOutcome.Unknown;
                return results;
            }
            var response = new BatchResponseContent(http);
            foreach (var step in batch)
            {
                using var message = await response.GetResponseByIdAsync(ids[step.Key]);
                results[step.Key] = message is null
                    ? StepOutcome.Unknown
                    : new StepOutcome((int)message.StatusCode, await message.Content.ReadAsStringAsync(ct), RetryAfterOf(message), Known: true);
                if (message?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
                    metrics.Throttled("/$batch/step", RetryAfterOf(message));
            }
        }
        catch (Exception e) when (e is ApiException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // The whole batch failed in transit: whether its steps ran is unknown.
            logger.LogWarning("A Graph batch of {Count} requests failed in transit ({Error}).", batch.Count, e.GetType().Name);
            foreach (var step in batch) results[step.Key] = StepOutcome.Unknown;
        }
        return results;
    }

    /// <summary>
    /// An answer to the <c>$batch</c> request itself that means its steps never ran: a 4xx (401, 403, 400, …,
    /// 429 included) or a 503. A 500, 502 or 504 may come after the steps ran, so those stay unknown.
    /// </summary>
    private static bool RefusedWhole(HttpStatusCode status) =>
        status is HttpStatusCode.ServiceUnavailable || ((int)status is >= 400 and < 500 && status is not HttpStatusCode.RequestTimeout);

    private static TimeSpan RetryAfterOf(HttpResponseMessage message) =>
        message.Headers.RetryAfter?.Delta ?? (message.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable ? TimeSpan.FromSeconds(1) : TimeSpan.Zero);
}
