namespace MentorScheduler.Api.Infrastructure;

/// <summary>Reads an enum the way the API's JSON writes it: exactly one defined name, any case; never a number or a list.</summary>
public static class EnumText
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var name = text.Trim();
        // Enum.TryParse also reads "1" and flag lists such as "weekly,monthly"; the API takes one name only.
        var match = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        if (match is null) return false;
        value = Enum.Parse<T>(match);
        return true;
    }
}
