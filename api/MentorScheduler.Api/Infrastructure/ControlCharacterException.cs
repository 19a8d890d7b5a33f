using System.Text.Json;

namespace MentorScheduler.Api.Infrastructure;

/// <summary>A JSON string held a control character other than tab or a line break (PostgreSQL refuses U+0000, people never mean one).</summary>
public sealed class ControlCharacterException : JsonException
{
    public ControlCharacterException(char found)
        : base($"The text contains the control character U+{(int)found:X4}.")
    {
        Found = found;
    }

    public ControlCharacterException()
    {
    }

    public ControlCharacterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public char Found { get; }
}
