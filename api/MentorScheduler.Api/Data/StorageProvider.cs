namespace MentorScheduler.Api.Data;

/// <summary>The database engines the migrations are written for.</summary>
public enum StorageProvider
{
    Sqlite,
    PostgreSQL,
}
