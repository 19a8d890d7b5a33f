using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Data;

/// <summary>The store on PostgreSQL (several instances sharing the work); its migrations are in Data/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlMentorSchedulerDb(DbContextOptions<PostgreSqlMentorSchedulerDb> options) : MentorSchedulerDb(options);
