using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Scheduling;

/// <summary>How <see cref="MentorCapacity"/> is stored: its table, keys, conversions and indexes.</summary>
public sealed class MentorCapacityConfiguration : IEntityTypeConfiguration<MentorCapacity>
{
    public void Configure(EntityTypeBuilder<MentorCapacity> builder)
    {
        builder.ToTable("MentorCapacities");
        builder.HasKey(c => new { c.TenantId, c.MentorId });
    }
}
