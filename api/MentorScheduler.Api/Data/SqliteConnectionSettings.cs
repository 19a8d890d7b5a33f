using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MentorScheduler.Api.Data;

/// <summary>
/// Settings SQLite keeps per connection, applied each time EF opens one from the pool: the database file is read
/// through memory mapping (up to 256 MiB), so the pages every connection reads are the operating system's cache,
/// shared, instead of each connection's own 2 MB cache filled by copies (the program report reads the tenant's
/// sessions on several connections at once); and a writer that finds another one writing waits inside SQLite, which
/// looks again within a few milliseconds (<c>busy_timeout</c>, up to 5 s), instead of Microsoft.Data.Sqlite's own
/// retry, which sleeps 150 ms before each new try: with the notification worker, the inbox and a sweep writing at
/// once, those sleeps added seconds to a sweep that did not use the CPU they waited for.
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA mmap_size = 268435456; PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
