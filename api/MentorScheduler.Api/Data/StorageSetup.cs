using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Data;

/// <summary>Registers the store for the configured provider and brings its schema up to date at start-up.</summary>
public static class StorageSetup
{
    private static readonly SqliteConnectionSettings SqliteSettings = new();

    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != StorageProvider.PostgreSQL || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:ConnectionString is required when Storage:Provider is PostgreSQL.")
            .ValidateOnStart();

        // Features use MentorSchedulerDb; the configured provider's subclass answers for it and brings that
        // provider's own generated migrations. Pooled: a request reuses a context (reset between uses) instead of
        // building one and its services each time; the contexts hold no state of their own.
        services.AddDbContextPool<SqliteMentorSchedulerDb>((sp, db) =>
            db.UseSqlite($"Data Source={Path.Combine(EnsureDataDirectory(Storage(sp)), "mentorscheduler.db")}")
                .AddInterceptors(SqliteSettings));
        services.AddDbContextPool<PostgreSqlMentorSchedulerDb>((sp, db) => db.UseNpgsql(Storage(sp).ConnectionString));
        services.AddScoped<MentorSchedulerDb>(sp => Storage(sp).Provider == StorageProvider.PostgreSQL
            ? sp.GetRequiredService<PostgreSqlMentorSchedulerDb>()
            : sp.GetRequiredService<SqliteMentorSchedulerDb>());

        return services;
    }

    /// <summary>Applies pending migrations before the app takes requests; an upgrade never drops data.</summary>
    public static async Task MigrateStorageAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        await db.Database.MigrateAsync();
        // SQLite's planner reads statistics only ANALYZE gathers; this refreshes those that are missing or out of date
        // (cheap when nothing is). PostgreSQL's autovacuum keeps its own.
        if (db is SqliteMentorSchedulerDb) await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002");
    }

    private static StorageOptions Storage(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;

    public static string EnsureDataDirectory(StorageOptions storage)
    {
        var folder = storage.FullDataDirectory;
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }
}
