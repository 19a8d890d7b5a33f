using Npgsql;

namespace MentorScheduler.Api.Tests.PostgreSql;

/// <summary>
/// A fresh, empty PostgreSQL database for one test, on the server test.sh starts. The server is named by
/// MENTORSCHEDULER_TEST_POSTGRES (a connection string with rights to create databases).
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "MENTORSCHEDULER_TEST_POSTGRES";
    private readonly string _server;
    private readonly string _name;

    private PostgresDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.False(string.IsNullOrWhiteSpace(server),
            $"{Variable} is not set: run the tests through ./test.sh, which starts PostgreSQL and sets it.");
        var name = "mentorscheduler_" + Guid.NewGuid().ToString("N")[..16];
        await Execute(server!, $"CREATE DATABASE {name}");
        return new PostgresDatabase(server!, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Execute(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static async Task Execute(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
