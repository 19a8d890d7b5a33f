using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Agendas;

/// <summary>Runs the agenda sweep on its timer (Agendas:SweepInterval), on the injected clock.</summary>
public sealed class AgendaSweepHost(IServiceScopeFactory scopes, IOptions<AgendaOptions> options, TimeProvider clock, ILogger<AgendaSweepHost> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SweepOnTimer) return;
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                // The sweep writes its own one line of what it did.
                await scope.ServiceProvider.GetRequiredService<AgendaSweep>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed run must not stop the next; deliveries it claimed are retried after their lease.
                logger.LogError(e, "The agenda sweep failed; it runs again in {Interval}.", options.Value.SweepInterval);
            }
        }
    }
}
