namespace MentorScheduler.Api.Agendas;

/// <summary>A tenant's own agenda template, replacing the default until reset.</summary>
public sealed class AgendaTemplate
{
    public required string TenantId { get; init; }
    public required string Html { get; set; }
    public required string Text { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
