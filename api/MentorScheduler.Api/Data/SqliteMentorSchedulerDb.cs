using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Data;

/// <summary>The store on SQLite (the embedded default); its migrations are in Data/Migrations/Sqlite.</summary>
public sealed class SqliteMentorSchedulerDb(DbContextOptions<SqliteMentorSchedulerDb> options) : MentorSchedulerDb(options);
