using MentorScheduler.Api.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Agendas;

/// <summary>How <see cref="AgendaDelivery"/> is stored: its table, keys, conversions and indexes.</summary>
public sealed class AgendaDeliveryConfiguration : IEntityTypeConfiguration<AgendaDelivery>
{
    public void Configure(EntityTypeBuilder<AgendaDelivery> builder)
    {
        builder.ToTable("AgendaDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.TenantId).IsRequired();
        builder.Property(d => d.Kind).IsRequired().HasConversion<string>();
        builder.Property(d => d.Status).IsRequired().HasConversion<string>();
        builder.HasOne<Relationship>().WithMany().HasForeignKey(d => d.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.SessionId, d.Kind }).IsUnique();
        // Every change a sweep saves to a delivery says "where I still hold the lease": a stolen row is never written.
        builder.Property(d => d.LeaseOwner).IsConcurrencyToken();
    }
}
