namespace MentorScheduler.Api.Notes;

/// <summary>What a save did: saved (possibly nothing to change), refused with field errors, or stale.</summary>
public sealed record SaveOutcome(CurrentNotes? Notes, Dictionary<string, string[]>? Errors, bool IsStale)
{
    public static SaveOutcome Saved(CurrentNotes notes) => new(notes, null, false);
    public static SaveOutcome Invalid(Dictionary<string, string[]> errors) => new(null, errors, false);
    public static SaveOutcome Stale(CurrentNotes notes) => new(notes, null, true);
}
