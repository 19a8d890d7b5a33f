using System.Globalization;
using MentorScheduler.Api.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Scheduling;

/// <summary>How <see cref="SeriesChange"/> is stored: one row per new series version of a relationship.</summary>
public sealed class SeriesChangeConfiguration : IEntityTypeConfiguration<SeriesChange>
{
    public void Configure(EntityTypeBuilder<SeriesChange> builder)
    {
        builder.ToTable("SeriesChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.TenantId).IsRequired();
        builder.Property(c => c.TimeZone).IsRequired();
        builder.Property(c => c.Frequency).IsRequired().HasConversion<string>();
        builder.Property(c => c.Start).HasConversion(
            v => v.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            v => DateTime.ParseExact(v, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        builder.HasOne<Relationship>().WithMany().HasForeignKey(c => c.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.RelationshipId, c.ToVersion }).IsUnique();
    }
}
