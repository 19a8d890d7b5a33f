using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MentorScheduler.Api.Data;

/// <summary>How <c>dotnet ef</c> builds the PostgreSQL context; generating a migration opens no connection.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlMentorSchedulerDb>
{
    public PostgreSqlMentorSchedulerDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlMentorSchedulerDb>().UseNpgsql("Host=localhost;Database=mentorscheduler").Options);
}
