using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MentorScheduler.Api.Data;

/// <summary>
/// How <c>dotnet ef</c> builds each provider's context without starting the app (README, "A new migration").
/// Generating a migration opens no connection; the connection strings only name the provider.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMentorSchedulerDb>
{
    public SqliteMentorSchedulerDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMentorSchedulerDb>().UseSqlite("Data Source=design-time.db").Options);
}
