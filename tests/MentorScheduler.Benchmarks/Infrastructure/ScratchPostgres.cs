using Npgsql;

namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database for one benchmark run, on the server MENTORSCHEDULER_TEST_POSTGRES names (a connection
/// string with the right to create databases; test.sh starts such a server), dropped afterwards.
/// </summary>
public sealed class ScratchPostgres : IAsyncDisposable
{
    public const string Variable = "MENTORSCHEDULER_TEST_POSTGRES";
    private readonly string _server;
    private readonly string _name;

    private ScratchPostgres(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ScratchPostgres> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException($"{Variable} is not set: name a PostgreSQL server (for example Host=/var/run/postgresql;Username=root;Database=postgres).");
        var name = "mentorscheduler_bench_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        return new ScratchPostgres(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
