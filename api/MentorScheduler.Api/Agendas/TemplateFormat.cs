namespace MentorScheduler.Api.Agendas;

/// <summary>HTML (values escaped) or plain text.</summary>
public enum TemplateFormat
{
    Html,
    Text,
}
