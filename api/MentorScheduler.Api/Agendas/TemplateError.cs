namespace MentorScheduler.Api.Agendas;

/// <summary>A template error an admin can find: where, and what is wrong.</summary>
public sealed record TemplateError(int Line, int Column, string Message)
{
    public override string ToString() => $"Line {Line}, column {Column}: {Message}";
}
