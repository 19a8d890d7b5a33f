using MentorScheduler.Api.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Notes;

/// <summary>How <see cref="ActionItem"/> is stored: its table, keys, conversions and indexes.</summary>
public sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.ToTable("ActionItems");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.TenantId).IsRequired();
        builder.Property(a => a.Text).IsRequired();
        builder.Property(a => a.CreatedBy).IsRequired();
        builder.Property(a => a.Owner).IsRequired().HasConversion<string>();
        builder.Property(a => a.Status).IsRequired().HasConversion<string>();
        builder.HasOne<Relationship>().WithMany().HasForeignKey(a => a.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Session>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.RelationshipId, a.Status });
        builder.HasIndex(a => a.SessionId);
    }
}
