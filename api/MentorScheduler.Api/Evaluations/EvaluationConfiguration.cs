using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Evaluations;

/// <summary>How <see cref="Evaluation"/> is stored: one row per relationship, point and author; the ratings as JSON.</summary>
public sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("Evaluations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.TenantId).IsRequired();
        builder.Property(e => e.Author).IsRequired().HasMaxLength(10);
        builder.Property(e => e.Recommendation).IsRequired().HasMaxLength(10);
        builder.Property(e => e.Reflection).HasMaxLength(Evaluation.MaxReflectionLength);
        builder.Property(e => e.GoalRatings).IsRequired().HasConversion(
            ratings => JsonSerializer.Serialize(ratings, (JsonSerializerOptions?)null),
            json => JsonSerializer.Deserialize<List<GoalRating>>(json, (JsonSerializerOptions?)null) ?? new List<GoalRating>(),
            new ValueComparer<List<GoalRating>>(
                (a, b) => a!.SequenceEqual(b!),
                ratings => ratings.Aggregate(0, (hash, rating) => HashCode.Combine(hash, rating.GetHashCode())),
                ratings => ratings.ToList()));
        builder.HasIndex(e => new { e.RelationshipId, e.AfterMeeting, e.Author }).IsUnique();
    }
}
