namespace MentorScheduler.GraphSimulator.Batching;

/// <summary>
/// Runs a batch's steps: a step waits for the steps it depends on and answers 424 when one of them failed;
/// steps without dependencies run concurrently, at most <see cref="MaxConcurrentSteps"/> at a time.
/// </summary>
public sealed class BatchRunner(BatchStepSender sender, TimeProvider clock)
{
    /// <summary>Outlook's concurrency limit per mailbox, used here as the batch's own bound.</summary>
    public const int MaxConcurrentSteps = 4;

    /// <summary>The results in the order of <paramref name="steps"/>, which must be free of dependency cycles.</summary>
    public async Task<IReadOnlyList<BatchStepResult>> RunAsync(IReadOnlyList<BatchStep> steps, string serviceRoot, string? authorization, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(MaxConcurrentSteps);
        var byId = steps.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        var runs = new Dictionary<string, Task<BatchStepResult>>(StringComparer.OrdinalIgnoreCase);

        Task<BatchStepResult> Run(BatchStep step)
        {
            if (runs.TryGetValue(step.Id, out var existing)) return existing;
            var dependencies = step.DependsOn.Select(d => Run(byId[d])).ToList();
            return runs[step.Id] = RunStepAsync(step, dependencies, gate, serviceRoot, authorization, cancellationToken);
        }

        return await Task.WhenAll(steps.Select(Run).ToList());
    }

    private async Task<BatchStepResult> RunStepAsync(
        BatchStep step, List<Task<BatchStepResult>> dependencies, SemaphoreSlim gate, string serviceRoot, string? authorization,
        CancellationToken cancellationToken)
    {
        var failed = (await Task.WhenAll(dependencies)).FirstOrDefault(r => !r.Succeeded);
        if (failed is not null) return BatchStepResult.FailedDependency(step.Id, failed.Id, clock.GetUtcNow());

        await gate.WaitAsync(cancellationToken);
        try
        {
            return await sender.SendAsync(step, serviceRoot, authorization, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
