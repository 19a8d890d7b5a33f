using MentorScheduler.Api.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Notes;

/// <summary>How <see cref="SessionNoteVersion"/> is stored: its table, keys, conversions and indexes.</summary>
public sealed class SessionNoteVersionConfiguration : IEntityTypeConfiguration<SessionNoteVersion>
{
    public void Configure(EntityTypeBuilder<SessionNoteVersion> builder)
    {
        builder.ToTable("SessionNoteVersions");
        builder.HasKey(v => new { v.SessionId, v.Version });
        builder.Property(v => v.TenantId).IsRequired();
        builder.Property(v => v.MeetingNotes).IsRequired();
        builder.Property(v => v.MentorAdvice).IsRequired();
        builder.Property(v => v.MyActionPlan).IsRequired();
        builder.Property(v => v.QuestionsForNextTime).IsRequired();
        builder.Property(v => v.ActionItems).IsRequired();
        builder.Property(v => v.AuthorId).IsRequired();
        builder.Property(v => v.AuthorUpn).IsRequired();
        builder.Property(v => v.AuthorName).IsRequired();
        builder.HasOne<Relationship>().WithMany().HasForeignKey(v => v.RelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Session>().WithMany().HasForeignKey(v => v.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.RelationshipId);
    }
}
