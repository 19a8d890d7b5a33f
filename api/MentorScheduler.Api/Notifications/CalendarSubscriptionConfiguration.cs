using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Notifications;

/// <summary>How <see cref="CalendarSubscription"/> is stored: one per watched mailbox.</summary>
public sealed class CalendarSubscriptionConfiguration : IEntityTypeConfiguration<CalendarSubscription>
{
    public void Configure(EntityTypeBuilder<CalendarSubscription> builder)
    {
        builder.ToTable("CalendarSubscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.TenantId).IsRequired();
        builder.Property(s => s.MailboxUserId).IsRequired();
        builder.Property(s => s.ClientStateHash).IsRequired();
        builder.HasIndex(s => new { s.TenantId, s.MailboxUserId }).IsUnique();
    }
}
