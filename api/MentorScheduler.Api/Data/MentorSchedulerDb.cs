using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Evaluations;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Mail;
using MentorScheduler.Api.Mentors;
using MentorScheduler.Api.Notes;
using MentorScheduler.Api.Notifications;
using MentorScheduler.Api.Scheduling;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Data;

/// <summary>
/// The product's store. Every table carries the tenant id; queries filter on it. Features use this type; each
/// provider has a subclass (<see cref="SqliteMentorSchedulerDb"/>, <see cref="PostgreSqlMentorSchedulerDb"/>) only
/// so that each keeps its own generated migrations.
/// </summary>
public abstract class MentorSchedulerDb(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Relationship> Relationships => Set<Relationship>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<MentorCapacity> MentorCapacities => Set<MentorCapacity>();
    public DbSet<MentorProfile> MentorProfiles => Set<MentorProfile>();
    public DbSet<SeriesChange> SeriesChanges => Set<SeriesChange>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<DiscussionItem> DiscussionItems => Set<DiscussionItem>();
    public DbSet<AgendaDelivery> AgendaDeliveries => Set<AgendaDelivery>();
    public DbSet<AgendaTemplate> AgendaTemplates => Set<AgendaTemplate>();
    public DbSet<SessionNoteVersion> SessionNoteVersions => Set<SessionNoteVersion>();
    public DbSet<TokenCacheEntry> TokenCache => Set<TokenCacheEntry>();
    public DbSet<CalendarSubscription> CalendarSubscriptions => Set<CalendarSubscription>();
    public DbSet<NotificationWork> NotificationWork => Set<NotificationWork>();
    public DbSet<OutboxMail> OutboxMail => Set<OutboxMail>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<RelationshipDecision> Decisions => Set<RelationshipDecision>();

    /// <summary>ASP.NET Core Data Protection's key ring (it encrypts the token cache), shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Each feature maps its own entities with an <see cref="IEntityTypeConfiguration{TEntity}"/> beside them.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MentorSchedulerDb).Assembly);
}
