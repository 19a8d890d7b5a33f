namespace MentorScheduler.Api.Infrastructure;

/// <summary>What a person can type: any text but control characters, except tab and line breaks.</summary>
public static class PlainText
{
    public static char? FirstControlCharacter(string text)
    {
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) return c;
        return null;
    }
}
