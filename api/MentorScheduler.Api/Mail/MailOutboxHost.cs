namespace MentorScheduler.Api.Mail;

/// <summary>Sends the outbox's mails as soon as they are recorded (woken by <see cref="MailSignal"/>), and the retries when they fall due.</summary>
public sealed class MailOutboxHost(IServiceScopeFactory scopes, MailSignal signal, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<MailOutboxHost> logger)
    : BackgroundService
{
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStarted).Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Started: the database is migrated and the simulator (in Simulated mode) is listening.
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Longest;
            try
            {
                using var scope = scopes.CreateScope();
                var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
                await outbox.SendDueAsync(stoppingToken);
                if (await outbox.NextDueAsync(stoppingToken) is { } next)
                {
                    var until = next - clock.GetUtcNow();
                    wait = until < TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50) : until < Longest ? until : Longest;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The mail outbox could not be worked; it is tried again in a minute.");
            }
            await signal.WaitAsync(wait, clock, stoppingToken);
        }
    }
}
