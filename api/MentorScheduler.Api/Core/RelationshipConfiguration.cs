using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Core;

/// <summary>How <see cref="Relationship"/> is stored: its table, keys, conversions and indexes.</summary>
public sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> builder)
    {
        builder.ToTable("Relationships");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.TenantId).IsRequired();
        builder.Property(r => r.MenteeId).IsRequired();
        builder.Property(r => r.MenteeUpn).IsRequired();
        builder.Property(r => r.MenteeMail).IsRequired();
        builder.Property(r => r.MenteeDisplayName).IsRequired();
        builder.Property(r => r.MentorId).IsRequired();
        builder.Property(r => r.MentorUpn).IsRequired();
        builder.Property(r => r.MentorMail).IsRequired();
        builder.Property(r => r.MentorDisplayName).IsRequired();
        builder.Property(r => r.MentorJobTitle).HasMaxLength(256);
        builder.Property(r => r.MentorDepartment).HasMaxLength(256);
        builder.Property(r => r.Purpose).IsRequired();
        builder.Property(r => r.Goals).IsRequired().HasConversion(
            goals => JsonSerializer.Serialize(goals, (JsonSerializerOptions?)null),
            json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>(),
            new ValueComparer<List<string>>(
                (a, b) => a!.SequenceEqual(b!),
                goals => goals.Aggregate(0, (hash, goal) => HashCode.Combine(hash, goal.GetHashCode(StringComparison.Ordinal))),
                goals => goals.ToList()));
        builder.Property(r => r.Frequency).IsRequired().HasConversion<string>();
        builder.Property(r => r.Status).IsRequired().HasConversion<string>();
        builder.Property(r => r.TimeZone).IsRequired();
        builder.Property(r => r.MentorComment).HasMaxLength(Relationship.MaxCommentLength);
        builder.Property(r => r.EndedBy).HasMaxLength(10);
        builder.Property(r => r.StayInTouch).HasMaxLength(20);
        builder.Property(r => r.MenteeReflection).HasMaxLength(Relationship.MaxClosingTextLength);
        builder.Property(r => r.MentorReflection).HasMaxLength(Relationship.MaxClosingTextLength);
        // A person's relationships as mentee and as mentor, each side found by two equalities and read in Id order
        // (newest first, merged without a sort). Without the Id, SQLite's planner, lacking statistics, walked the whole
        // tenant through (TenantId, Id) to avoid the sort.
        builder.HasIndex(r => new { r.TenantId, r.MenteeId, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.MentorId, r.Id });
        // A program admin's pages of the tenant, newest first, read in index order without sorting the tenant.
        builder.HasIndex(r => new { r.TenantId, r.Id });
        // A mentor's relationships; the rest of the key lets the program report count mentors and states from the index alone.
        builder.HasIndex(r => new { r.TenantId, r.MentorId, r.MentorUpn, r.MentorDisplayName, r.Status });
        builder.HasIndex(r => new { r.TenantId, r.Status, r.Frequency, r.SessionsFromMs, r.Id });
        // One open relationship per mentee and mentor, held by the database itself (racing proposals included).
        builder.HasIndex(r => new { r.TenantId, r.MenteeId, r.MentorId })
            .IsUnique()
            .HasFilter("\"Status\" IN ('Proposed', 'Agreed', 'Invited', 'Active')")
            .HasDatabaseName("IX_Relationships_OpenPair");
        builder.Property(r => r.RowVersion).IsConcurrencyToken();
        // A wall time that travels with SeriesTimeZone: stored as ISO text, the same on every provider.
        builder.Property(r => r.SeriesStart).HasConversion(
            v => v.HasValue ? v.Value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) : null,
            v => v == null ? null : DateTime.ParseExact(v, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
    }
}
