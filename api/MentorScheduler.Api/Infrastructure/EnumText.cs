namespace MentorScheduler.Api.Infrastructure;

/// <summary>Reads an enum the way the API's JSON writes it: by name, any case, never by number.</summary>
public static class EnumText
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text) && !int.TryParse(text, out _) && Enum.TryParse(text.Trim(), ignoreCase: true, out value);
    }
}
