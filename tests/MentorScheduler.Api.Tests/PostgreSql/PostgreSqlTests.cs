using System.Net.Http.Json;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Tests.Agendas;
using MentorScheduler.Api.Tests.Infrastructure;
using MentorScheduler.Api.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MentorScheduler.Api.Tests.PostgreSql;

/// <summary>The scale-out store: its own generated migrations and the same exactly-once claims on PostgreSQL.</summary>
public sealed class PostgreSqlTests
{
    [Fact]
    public async Task AMigratedPostgreSqlDatabaseMatchesTheModel()
    {
        await using var migrated = await PostgresDatabase.CreateAsync();
        await using var fromModel = await PostgresDatabase.CreateAsync();

        await using (var db = Open(migrated.ConnectionString)) await db.Database.MigrateAsync();
        await using (var db = Open(fromModel.ConnectionString)) await db.Database.EnsureCreatedAsync();

        Assert.Equal(await Describe(fromModel.ConnectionString), await Describe(migrated.ConnectionString));
    }

    [Fact]
    public async Task TwoInstancesSharingOneDatabaseDeliverEachAgendaOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = Instance(new TestApp(), database);
        using var adele = await first.ClientFor("adele.vance");
        var id = await BookingWorld.Propose(adele, change: b => b["startDate"] = "2027-01-18");
        await BookingWorld.BookOk(adele, id, new { start = "2027-01-18T14:00:00", timeZone = "Europe/London" });
        Assert.Equal(8, (await BookingWorld.Sessions(adele, id)).Count);

        // A second API process: same database, same data folder (the same token key), the same Graph.
        await using var second = Instance(new TestApp(first.DataDirectory), database)
            .WithSetting("Graph:SimulatorBaseUrl", new Uri(first.Anonymous().BaseAddress!, "/graph-sim/v1.0").ToString());
        var sweepTime = AgendaWorld.FirstSession.AddDays(-6);
        first.Clock.SetUtcNow(sweepTime);
        second.Clock.SetUtcNow(sweepTime);

        var results = await Task.WhenAll(Sweep(first), Sweep(second), Sweep(first), Sweep(second));

        Assert.Equal(1, results.Sum());
        var inbox = await first.Graph().Users[AgendaWorld.Megan].MailFolders["inbox"].Messages.GetAsync();
        Assert.Single(inbox!.Value!, m => m.Subject!.StartsWith("Agenda:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoLiveInstancesOnOnePostgreSqlDatabaseShareTheTokenCache()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = await LiveWorld.StartAsync();
        await using var second = await LiveWorld.StartAsync(clock: first.App.Clock, entra: first.Entra, graph: first.Graph);
        Instance(first.App, database);
        Instance(second.App, database);
        var token = first.TokenFor("adele.vance");

        using var a = first.ClientWith(token);
        using var b = second.ClientWith(token);
        (await a.GetAsync("/api/people?search=meg")).EnsureSuccessStatusCode();
        (await b.GetAsync("/api/people?search=meg")).EnsureSuccessStatusCode();

        Assert.Equal(1, first.Exchanges("obo"));
        await using var db = Open(database.ConnectionString);
        Assert.NotEmpty(await db.TokenCache.ToListAsync());
        Assert.Single(await db.DataProtectionKeys.ToListAsync());
    }

    [Fact]
    public async Task ANulInTextIsA400NotA500OnPostgreSql()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = Instance(new TestApp(), database);
        using var adele = await app.ClientFor("adele.vance");

        using var response = await adele.PostAsJsonAsync("/api/relationships", Relationships.RelationshipRequests.With("purpose", "a\u0000b"));

        await ProblemAssert.ValidationProblem(response, "purpose");
    }

    [Fact]
    public async Task RacingProposalsLeaveOneOpenRelationshipOnPostgreSql()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = Instance(new TestApp(), database);
        using var adele = await app.ClientFor("adele.vance");

        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await adele.PostAsJsonAsync("/api/relationships", Relationships.RelationshipRequests.Valid());
            return (int)response.StatusCode;
        }));

        Assert.Equal(1, statuses.Count(s => s == 201));
        Assert.All(statuses.Where(s => s != 201), s => Assert.Equal(409, s));
    }

    [Fact]
    public async Task TwoProcessesLeasesHoldOnPostgreSql()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = Instance(new TestApp(), database);
        using var adele = await app.ClientFor("adele.vance");
        var id = await BookingWorld.Propose(adele, change: b => b["startDate"] = "2027-01-18");
        await BookingWorld.BookOk(adele, id, new { start = "2027-01-18T14:00:00", timeZone = "Europe/London" });
        var sessions = await BookingWorld.Sessions(adele, id);

        await Hardening.LeaseWorld.RenewedLeaseKeepsTheDeliveryAsync(app.Services, Guid.Parse(sessions[0].GetProperty("id").GetString()!));
        await Hardening.LeaseWorld.TakenLeaseRecordsNoIntentAsync(app.Services, Guid.Parse(sessions[1].GetProperty("id").GetString()!));
    }

    internal static TestApp Instance(TestApp app, PostgresDatabase database) => app
        .WithSetting("Storage:Provider", "PostgreSQL")
        .WithSetting("Storage:ConnectionString", database.ConnectionString);

    private static async Task<int> Sweep(TestApp app)
    {
        using var diego = await app.ClientFor("diego.siciliani");
        using var response = await diego.PostAsync("/api/admin/agenda-sweep", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("delivered").GetInt32();
    }

    internal static PostgreSqlMentorSchedulerDb Open(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgreSqlMentorSchedulerDb>().UseNpgsql(connectionString).Options);

    /// <summary>Columns (type, nullability) and indexes of the public schema, in a stable order.</summary>
    private static async Task<List<string>> Describe(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\\_\\_EF%' ORDER BY 1",
            "SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_EF%' ORDER BY 1",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        }
        Assert.NotEmpty(rows);
        return rows;
    }
}
