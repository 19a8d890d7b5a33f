using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Notifications;

/// <summary>How <see cref="NotificationWork"/> is stored: the queue, read by what is due.</summary>
public sealed class NotificationWorkConfiguration : IEntityTypeConfiguration<NotificationWork>
{
    public void Configure(EntityTypeBuilder<NotificationWork> builder)
    {
        builder.ToTable("NotificationWork");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedOnAdd();
        builder.Property(w => w.TenantId).IsRequired();
        builder.Property(w => w.SubscriptionId).IsRequired();
        builder.Property(w => w.MailboxUserId).IsRequired();
        builder.Property(w => w.Kind).IsRequired().HasConversion<string>();
        builder.HasIndex(w => new { w.DoneAt, w.AvailableAtMs });
        builder.HasIndex(w => new { w.SubscriptionId, w.EventId, w.DoneAt });
    }
}
