using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Core;

/// <summary>How <see cref="Session"/> is stored: its table, keys, conversions and indexes.</summary>
public sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("Sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.TenantId).IsRequired();
        builder.Property(s => s.SeriesEventId).IsRequired();
        builder.Property(s => s.OccurrenceId).IsRequired();
        builder.Property(s => s.Status).IsRequired().HasConversion<string>();
        builder.HasOne<Relationship>().WithMany().HasForeignKey(s => s.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.RelationshipId, s.SeriesVersion, s.OriginalStart }).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.OccurrenceId });
        // The program report counts sessions by month and state without reading the rows.
        builder.HasIndex(s => new { s.TenantId, s.StartMonth, s.Status, s.EndMs });
        builder.HasIndex(s => new { s.TenantId, s.Status, s.EndMs, s.StartMonth });
        // Each relationship's sessions in time order, covering the quiet rule and the first session held.
        builder.HasIndex(s => new { s.TenantId, s.RelationshipId, s.Status, s.EndMs, s.StartMs, s.Id });
    }
}
