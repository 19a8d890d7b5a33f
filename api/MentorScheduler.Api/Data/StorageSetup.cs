using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Data;

/// <summary>Registers the store for the configured provider and brings its schema up to date at start-up.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != StorageProvider.PostgreSQL || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:ConnectionString is required when Storage:Provider is PostgreSQL.")
            .ValidateOnStart();

        services.AddDbContext<MentorSchedulerDb>((sp, db) =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (storage.Provider == StorageProvider.PostgreSQL)
                db.UseNpgsql(storage.ConnectionString);
            else
                db.UseSqlite($"Data Source={Path.Combine(EnsureDataDirectory(storage), "mentorscheduler.db")}");

            // The migrations are hand-written without a generated model snapshot; a test compares the
            // migrated schema with the model instead of this check.
            db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });

        services.AddHealthChecks().AddDbContextCheck<MentorSchedulerDb>("database");
        return services;
    }

    /// <summary>Applies pending migrations before the app takes requests; an upgrade never drops data.</summary>
    public static async Task MigrateStorageAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        await db.Database.MigrateAsync();
    }

    public static string EnsureDataDirectory(StorageOptions storage)
    {
        var folder = storage.FullDataDirectory;
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }
}
