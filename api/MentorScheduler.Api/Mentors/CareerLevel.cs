namespace MentorScheduler.Api.Mentors;

/// <summary>
/// A rough career level read from a job title, for the spread of a mentee's mentors (DOMAIN.md: a set of mentors at
/// different levels). Titles are free text, so this is a reading, not a fact: the words that mark a level in most
/// organisations' titles, highest first.
/// </summary>
public static class CareerLevel
{
    public const string Executive = "executive", Director = "director", Manager = "manager", Principal = "principal",
        Senior = "senior", Professional = "professional", Entry = "entry";

    private static readonly string[] NotPeopleManagers = ["product manager", "program manager", "project manager", "account manager"];

    public static string Of(string? jobTitle)
    {
        var t = (jobTitle ?? string.Empty).Trim().ToLowerInvariant();
        if (t.Length == 0) return Professional;
        if (t.Contains("chief", StringComparison.Ordinal) || t.StartsWith("vp", StringComparison.Ordinal) || t.Contains("vice president", StringComparison.Ordinal)) return Executive;
        if (t.Contains("director", StringComparison.Ordinal) || t.StartsWith("head of", StringComparison.Ordinal)) return Director;
        if (t.Contains("manager", StringComparison.Ordinal) && !NotPeopleManagers.Any(m => t.Contains(m, StringComparison.Ordinal))) return Manager;
        if (t.Contains("principal", StringComparison.Ordinal) || t.Contains("staff", StringComparison.Ordinal)) return Principal;
        if (t.Contains("senior", StringComparison.Ordinal) || t.Contains("lead", StringComparison.Ordinal)) return Senior;
        if (t.Contains("associate", StringComparison.Ordinal) || t.Contains("junior", StringComparison.Ordinal) || t.Contains("intern", StringComparison.Ordinal)) return Entry;
        return Professional;
    }
}
