using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Mentors;

/// <summary>How <see cref="MentorProfile"/> is stored: one row per person and tenant, the lists as JSON text.</summary>
public sealed class MentorProfileConfiguration : IEntityTypeConfiguration<MentorProfile>
{
    public void Configure(EntityTypeBuilder<MentorProfile> builder)
    {
        builder.ToTable("MentorProfiles");
        builder.HasKey(p => new { p.TenantId, p.UserId });
        builder.Property(p => p.About).HasMaxLength(MentorProfile.MaxAboutLength);
        builder.Property(p => p.Expertise).IsRequired().HasConversion(Json(), Comparer());
        builder.Property(p => p.MeetingModes).IsRequired().HasConversion(Json(), Comparer());
    }

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<List<string>, string> Json() => new(
        list => JsonSerializer.Serialize(list, (JsonSerializerOptions?)null),
        json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>());

    private static ValueComparer<List<string>> Comparer() => new(
        (a, b) => a!.SequenceEqual(b!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
        list => list.ToList());
}
