using System.ComponentModel.DataAnnotations;

namespace MentorScheduler.Api.Data;

/// <summary>Where the product keeps its state: the database and the files beside it.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (embedded default, one file in <see cref="DataDirectory"/>) or <c>PostgreSQL</c>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder for the SQLite file, the local issuer's key and other state; created if missing.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The PostgreSQL connection string; required when <see cref="Provider"/> is PostgreSQL.</summary>
    public string? ConnectionString { get; set; }

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}
