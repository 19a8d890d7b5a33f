using System.Text.Json;
using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Notes;
using MentorScheduler.Api.Relationships;
using MentorScheduler.Api.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MentorScheduler.Api.Data;

/// <summary>The product's store. Every table carries the tenant id; queries filter on it.</summary>
public sealed class MentorSchedulerDb(DbContextOptions<MentorSchedulerDb> options) : DbContext(options)
{
    public DbSet<Relationship> Relationships => Set<Relationship>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<MentorCapacity> MentorCapacities => Set<MentorCapacity>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<DiscussionItem> DiscussionItems => Set<DiscussionItem>();
    public DbSet<AgendaDelivery> AgendaDeliveries => Set<AgendaDelivery>();
    public DbSet<AgendaTemplate> AgendaTemplates => Set<AgendaTemplate>();
    public DbSet<SessionNoteVersion> SessionNoteVersions => Set<SessionNoteVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var relationship = modelBuilder.Entity<Relationship>();
        relationship.ToTable("Relationships");
        relationship.HasKey(r => r.Id);
        relationship.Property(r => r.TenantId).IsRequired();
        relationship.Property(r => r.MenteeId).IsRequired();
        relationship.Property(r => r.MenteeUpn).IsRequired();
        relationship.Property(r => r.MenteeDisplayName).IsRequired();
        relationship.Property(r => r.MentorId).IsRequired();
        relationship.Property(r => r.MentorUpn).IsRequired();
        relationship.Property(r => r.MentorDisplayName).IsRequired();
        relationship.Property(r => r.Purpose).IsRequired();
        relationship.Property(r => r.Goals).IsRequired().HasConversion(
            goals => JsonSerializer.Serialize(goals, (JsonSerializerOptions?)null),
            json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>(),
            new ValueComparer<List<string>>(
                (a, b) => a!.SequenceEqual(b!),
                goals => goals.Aggregate(0, (hash, goal) => HashCode.Combine(hash, goal.GetHashCode(StringComparison.Ordinal))),
                goals => goals.ToList()));
        relationship.Property(r => r.Frequency).IsRequired().HasConversion<string>();
        relationship.Property(r => r.Status).IsRequired().HasConversion<string>();
        relationship.Property(r => r.TimeZone).IsRequired();
        relationship.HasIndex(r => new { r.TenantId, r.MenteeId });
        relationship.HasIndex(r => new { r.TenantId, r.MentorId });
        relationship.Property(r => r.RowVersion).IsConcurrencyToken();
        // A wall time that travels with SeriesTimeZone: stored as ISO text, the same on every provider.
        relationship.Property(r => r.SeriesStart).HasConversion(
            v => v.HasValue ? v.Value.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : null,
            v => v == null ? null : DateTime.ParseExact(v, "yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));

        var session = modelBuilder.Entity<Session>();
        session.ToTable("Sessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.TenantId).IsRequired();
        session.Property(s => s.SeriesEventId).IsRequired();
        session.Property(s => s.OccurrenceId).IsRequired();
        session.Property(s => s.Status).IsRequired().HasConversion<string>();
        session.HasOne<Relationship>().WithMany().HasForeignKey(s => s.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        session.HasIndex(s => new { s.RelationshipId, s.SeriesVersion, s.OriginalStart }).IsUnique();
        session.HasIndex(s => new { s.TenantId, s.OccurrenceId });

        var capacity = modelBuilder.Entity<MentorCapacity>();
        capacity.ToTable("MentorCapacities");
        capacity.HasKey(c => new { c.TenantId, c.MentorId });

        var action = modelBuilder.Entity<ActionItem>();
        action.ToTable("ActionItems");
        action.HasKey(a => a.Id);
        action.Property(a => a.TenantId).IsRequired();
        action.Property(a => a.Text).IsRequired();
        action.Property(a => a.CreatedBy).IsRequired();
        action.Property(a => a.Owner).IsRequired().HasConversion<string>();
        action.Property(a => a.Status).IsRequired().HasConversion<string>();
        action.HasOne<Relationship>().WithMany().HasForeignKey(a => a.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        action.HasOne<Session>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
        action.HasIndex(a => new { a.RelationshipId, a.Status });
        action.HasIndex(a => a.SessionId);

        var item = modelBuilder.Entity<DiscussionItem>();
        item.ToTable("DiscussionItems");
        item.HasKey(i => i.Id);
        item.Property(i => i.TenantId).IsRequired();
        item.Property(i => i.Text).IsRequired();
        item.Property(i => i.AuthorId).IsRequired();
        item.Property(i => i.AuthorName).IsRequired();
        item.Property(i => i.Kind).IsRequired().HasConversion<string>();
        item.HasOne<Relationship>().WithMany().HasForeignKey(i => i.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        item.HasIndex(i => i.SessionId);

        var delivery = modelBuilder.Entity<AgendaDelivery>();
        delivery.ToTable("AgendaDeliveries");
        delivery.HasKey(d => d.Id);
        delivery.Property(d => d.TenantId).IsRequired();
        delivery.Property(d => d.Kind).IsRequired().HasConversion<string>();
        delivery.Property(d => d.Status).IsRequired().HasConversion<string>();
        delivery.HasOne<Relationship>().WithMany().HasForeignKey(d => d.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasIndex(d => new { d.SessionId, d.Kind }).IsUnique();

        var template = modelBuilder.Entity<AgendaTemplate>();
        template.ToTable("AgendaTemplates");
        template.HasKey(t => t.TenantId);
        template.Property(t => t.Html).IsRequired();
        template.Property(t => t.Text).IsRequired();
        template.Property(t => t.UpdatedBy).IsRequired();

        var notes = modelBuilder.Entity<SessionNoteVersion>();
        notes.ToTable("SessionNoteVersions");
        notes.HasKey(v => new { v.SessionId, v.Version });
        notes.Property(v => v.TenantId).IsRequired();
        notes.Property(v => v.MeetingNotes).IsRequired();
        notes.Property(v => v.MentorAdvice).IsRequired();
        notes.Property(v => v.MyActionPlan).IsRequired();
        notes.Property(v => v.QuestionsForNextTime).IsRequired();
        notes.Property(v => v.ActionItems).IsRequired();
        notes.Property(v => v.AuthorId).IsRequired();
        notes.Property(v => v.AuthorUpn).IsRequired();
        notes.Property(v => v.AuthorName).IsRequired();
        notes.HasOne<Relationship>().WithMany().HasForeignKey(v => v.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        notes.HasOne<Session>().WithMany().HasForeignKey(v => v.SessionId).OnDelete(DeleteBehavior.Restrict);
        notes.HasIndex(v => v.RelationshipId);
    }
}
