using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;

namespace MentorScheduler.Api.Identity;

/// <summary>
/// An <see cref="IDistributedCache"/> in the app's own database (SQLite or PostgreSQL, one small table through
/// EF Core), so several instances share MSAL's tokens without another service. Expired rows are never
/// served and are deleted as new ones are written. Expiry is judged by the wall clock, not the app's
/// injected one: the expiries written here are MSAL's, from token lifetimes Entra gave on the wall clock.
/// </summary>
public sealed class DatabaseDistributedCache(IServiceScopeFactory scopes) : IDistributedCache
{
    private readonly TimeProvider _clock = TimeProvider.System;

    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(24);

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        var entry = await db.TokenCache.AsNoTracking().FirstOrDefaultAsync(e => e.Id == key && e.ExpiresAtMs > now, token);
        if (entry?.SlidingMs is long sliding) await SlideAsync(db, entry, now, sliding, token);
        return entry?.Value;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, TokenCacheEntry.MaxKeyLength, nameof(key));
        var now = _clock.GetUtcNow();
        long? absolute = options.AbsoluteExpiration?.ToUnixTimeMilliseconds()
            ?? (options.AbsoluteExpirationRelativeToNow is { } relative ? (now + relative).ToUnixTimeMilliseconds() : null);
        long? sliding = options.SlidingExpiration is { } s ? (long)s.TotalMilliseconds : null;
        var expires = Math.Min(absolute ?? long.MaxValue, sliding is long w ? now.ToUnixTimeMilliseconds() + w : long.MaxValue);
        if (expires == long.MaxValue) expires = (now + DefaultLifetime).ToUnixTimeMilliseconds();

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.TokenCache.Where(e => e.Id == key).ExecuteUpdateAsync(u => u
                .SetProperty(e => e.Value, value)
                .SetProperty(e => e.ExpiresAtMs, expires)
                .SetProperty(e => e.SlidingMs, sliding)
                .SetProperty(e => e.AbsoluteExpiresAtMs, absolute), token);
            if (updated > 0) break;
            db.TokenCache.Add(new TokenCacheEntry { Id = key, Value = value, ExpiresAtMs = expires, SlidingMs = sliding, AbsoluteExpiresAtMs = absolute });
            try
            {
                await db.SaveChangesAsync(token);
                break;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another instance wrote the same key first; update theirs.
                db.ChangeTracker.Clear();
            }
        }
        var nowMs = now.ToUnixTimeMilliseconds();
        await db.TokenCache.Where(e => e.ExpiresAtMs <= nowMs).ExecuteDeleteAsync(token);
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default) => await GetAsync(key, token);

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        await db.TokenCache.Where(e => e.Id == key).ExecuteDeleteAsync(token);
    }

    private static async Task SlideAsync(MentorSchedulerDb db, TokenCacheEntry entry, long now, long sliding, CancellationToken token)
    {
        var expires = Math.Min(entry.AbsoluteExpiresAtMs ?? long.MaxValue, now + sliding);
        await db.TokenCache.Where(e => e.Id == entry.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.ExpiresAtMs, expires), token);
    }
}
