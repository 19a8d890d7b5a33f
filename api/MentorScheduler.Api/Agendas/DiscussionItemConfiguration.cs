using MentorScheduler.Api.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Agendas;

/// <summary>How <see cref="DiscussionItem"/> is stored: its table, keys, conversions and indexes.</summary>
public sealed class DiscussionItemConfiguration : IEntityTypeConfiguration<DiscussionItem>
{
    public void Configure(EntityTypeBuilder<DiscussionItem> builder)
    {
        builder.ToTable("DiscussionItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.TenantId).IsRequired();
        builder.Property(i => i.Text).IsRequired();
        builder.Property(i => i.AuthorId).IsRequired();
        builder.Property(i => i.AuthorName).IsRequired();
        builder.Property(i => i.Kind).IsRequired().HasConversion<string>();
        builder.HasOne<Relationship>().WithMany().HasForeignKey(i => i.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.SessionId);
    }
}
