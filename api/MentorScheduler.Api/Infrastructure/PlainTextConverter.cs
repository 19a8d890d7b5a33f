using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorScheduler.Api.Infrastructure;

/// <summary>
/// Reads every JSON string of every request body, refusing control characters other than tab and line breaks,
/// so no field of any endpoint stores one; the problem handler names the field (<see cref="ControlCharacterException"/>).
/// </summary>
public sealed class PlainTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is not null && PlainText.FirstControlCharacter(text) is { } found) throw new ControlCharacterException(found);
        return text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
