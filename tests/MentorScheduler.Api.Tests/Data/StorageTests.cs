using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Tests.Relationships;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Api.Tests.Data;

public sealed class StorageTests
{
    [Fact]
    public async Task DataAndTokensSurviveARestartOnTheSameDataFolder()
    {
        var folder = TestApp.NewDataDirectory();
        string id;
        string token;
        await using (var first = new TestApp(folder))
        {
            token = await first.TokenFor("adele.vance");
            using var adele = await first.ClientFor("adele.vance");
            using var created = await adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());
            id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        await using var second = new TestApp(folder);
        using var client = second.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var read = await client.GetAsync($"/api/relationships/{id}");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("Megan Bowen", (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mentor").GetProperty("displayName").GetString());
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task EveryConnectionTheAppOpensWaitsInsideSqliteWhileAnotherWrites()
    {
        await using var app = new TestApp();
        (await app.ClientFor("adele.vance")).Dispose();

        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout";
            // SQLite's own wait (retrying within milliseconds), not Microsoft.Data.Sqlite's 150 ms sleeps.
            Assert.Equal(5000L, await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task TheDataFolderIsCreatedWhenMissing()
    {
        var folder = Path.Combine(TestApp.NewDataDirectory(), "nested", "deeper");
        await using var app = new TestApp(folder);

        using var client = app.Anonymous();
        using var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.True(File.Exists(Path.Combine(folder, "mentorscheduler.db")));
    }

    [Fact]
    public async Task AMigratedEmptyDatabaseMatchesTheModel()
    {
        var folder = TestApp.NewDataDirectory();
        Directory.CreateDirectory(folder);
        var migrated = Path.Combine(folder, "migrated.db");
        var fromModel = Path.Combine(folder, "model.db");

        await using (var db = Open(migrated)) await db.Database.MigrateAsync();
        await using (var db = Open(fromModel)) await db.Database.EnsureCreatedAsync();

        Assert.Equal(Describe(fromModel), Describe(migrated));
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void EachProvidersMigrationsCoverTheWholeModel()
    {
        // A model change without `dotnet ef migrations add` for both providers fails here (README, "A new migration").
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "the SQLite migrations miss a model change");
        Assert.False(postgres.Database.HasPendingModelChanges(), "the PostgreSQL migrations miss a model change");
    }

    [Fact]
    public async Task TheReportFiguresOfRelationshipsRecordedBeforeThemAreFilledInByTheMigration()
    {
        var folder = TestApp.NewDataDirectory();
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "upgraded.db");
        // ProgramWorld's program: cancelled first sessions (R3 has one second, R5 third), a relationship without sessions.
        var seed = new ProgramSeeder("tenant");
        var r3 = seed.Relationship("Pradeep Gupta", Api.Core.RelationshipStatus.Active, Api.Core.Frequency.Monthly, "Lee Gu", "Lead", new(2026, 11, 15, 0, 0, 0, TimeSpan.Zero));
        seed.Session(r3, new(2026, 12, 7, 14, 0, 0, TimeSpan.Zero), Api.Core.SessionStatus.Cancelled);
        seed.Session(r3, new(2027, 1, 4, 14, 0, 0, TimeSpan.Zero));
        seed.Session(r3, new(2027, 2, 1, 14, 0, 0, TimeSpan.Zero));
        seed.Relationship("Isaiah Langer", Api.Core.RelationshipStatus.Proposed, Api.Core.Frequency.Weekly, "Nestor Wilke", "Sales", new(2027, 2, 25, 0, 0, 0, TimeSpan.Zero));
        await using (var db = Open(file))
        {
            await db.Database.MigrateAsync();
            db.Relationships.AddRange(seed.Relationships);
            db.Sessions.AddRange(seed.Sessions);
            await db.SaveChangesAsync();
        }
        var expected = new[] { "Pradeep Gupta 1796652000000 1799071200000 1799073900000", "Isaiah Langer - - -" };

        // Back to the schema before the columns, and up again: the columns come back filled from the sessions.
        await using (var db = Open(file))
        {
            Assert.Equal(expected, await Figures(db));
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_ProgramReportFigures", StringComparison.Ordinal)) - 1];
            await db.Database.MigrateAsync(before);
        }
        SqliteConnection.ClearAllPools();
        Assert.DoesNotContain(Describe(file), line => line.Contains("SessionsFromMs", StringComparison.Ordinal));
        await using (var db = Open(file))
        {
            await db.Database.MigrateAsync();
            Assert.Equal(expected, await Figures(db));
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);

        static async Task<string[]> Figures(MentorSchedulerDb db) =>
            (await db.Relationships.AsNoTracking().ToListAsync()).OrderBy(r => r.CreatedAt)
                .Select(r => $"{r.MenteeDisplayName} {r.SessionsFromMs?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} " +
                    $"{r.FirstMeetingStartMs?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {r.FirstMeetingEndMs?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}")
                .ToArray();
    }

    private static SqliteMentorSchedulerDb Open(string file) =>
        new(new DbContextOptionsBuilder<SqliteMentorSchedulerDb>().UseSqlite($"Data Source={file}").Options);

    /// <summary>Tables, columns (type, nullability, key) and indexes, in a stable order.</summary>
    private static List<string> Describe(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock') ORDER BY name");
        var lines = new List<string>();
        foreach (var table in tables)
        {
            lines.AddRange(Query(connection, $"SELECT '{table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}') ORDER BY name"));
            foreach (var index in Query(connection, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c' ORDER BY name"))
            {
                var name = index.Split(' ')[0];
                lines.Add($"{table} index {index} ({string.Join(",", Query(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno"))})");
            }
        }
        Assert.NotEmpty(lines);
        return lines;
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }
}
