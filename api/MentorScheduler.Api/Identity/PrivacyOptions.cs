namespace MentorScheduler.Api.Identity;

/// <summary>
/// Who reads what people write (<c>Privacy</c> in configuration). By default a program admin sees agreements,
/// sessions, evaluations' ratings and decisions, and counts, but not the text of notes, action items, reflections or
/// agenda items; <c>Privacy:AdminsReadNotes=true</c> lets them read it (read-only, as ever).
/// </summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    public bool AdminsReadNotes { get; set; }
}
