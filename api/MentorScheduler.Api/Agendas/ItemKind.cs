namespace MentorScheduler.Api.Agendas;

/// <summary>A topic to discuss (usually the mentee's) or a question (usually the mentor's).</summary>
public enum ItemKind
{
    Discussion,
    Question,
}
