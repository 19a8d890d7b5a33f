using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorScheduler.Api.Agendas;

/// <summary>How <see cref="AgendaTemplate"/> is stored: its table, keys, conversions and indexes.</summary>
public sealed class AgendaTemplateConfiguration : IEntityTypeConfiguration<AgendaTemplate>
{
    public void Configure(EntityTypeBuilder<AgendaTemplate> builder)
    {
        builder.ToTable("AgendaTemplates");
        builder.HasKey(t => t.TenantId);
        builder.Property(t => t.Html).IsRequired();
        builder.Property(t => t.Text).IsRequired();
        builder.Property(t => t.UpdatedBy).IsRequired();
    }
}
