using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Evaluations;

/// <summary>How <see cref="RelationshipDecision"/> is stored: at most one decision per relationship and evaluation point.</summary>
public sealed class RelationshipDecisionConfiguration : IEntityTypeConfiguration<RelationshipDecision>
{
    public void Configure(EntityTypeBuilder<RelationshipDecision> builder)
    {
        builder.ToTable("Decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.TenantId).IsRequired();
        builder.Property(d => d.Kind).IsRequired().HasMaxLength(10);
        builder.Property(d => d.DecidedBy).IsRequired().HasMaxLength(10);
        builder.HasIndex(d => new { d.RelationshipId, d.AfterMeeting }).IsUnique();
    }
}
