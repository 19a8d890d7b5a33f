using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Identity;

public sealed class TokenCacheEntryConfiguration : IEntityTypeConfiguration<TokenCacheEntry>
{
    public void Configure(EntityTypeBuilder<TokenCacheEntry> builder)
    {
        builder.ToTable("TokenCache");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(TokenCacheEntry.MaxKeyLength);
        builder.Property(e => e.Value).IsRequired();
        builder.HasIndex(e => e.ExpiresAtMs);
    }
}
