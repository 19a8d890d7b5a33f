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
                var result = await scope.ServiceProvider.GetRequiredService<AgendaSweep>().RunAsync(stoppingToken);
                if (result.Delivered + result.Reminders > 0)
                    logger.LogInformation("Agenda sweep delivered {Agendas} agendas and {Reminders} reminders.", result.Delivered, result.Reminders);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed run must not stop the next; deliveries it claimed are retried after their lease.
                logger.LogError(e, "The agenda sweep failed; it runs again in {Interval}.", options.Value.SweepInterval);
            }
        }
    }
}
