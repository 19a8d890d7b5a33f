using Scriban.Runtime;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// The only functions an agenda template can call, in place of Scriban's built-ins (which include reading
/// files through <c>include</c>, the wall clock through <c>date.now</c>, regular expressions and unbounded
/// padding): pure, bounded string and list helpers. README lists them.
/// </summary>
public static class SafeBuiltins
{
    /// <summary>The longest text <c>string.truncate</c> keeps; longer lengths are cut to it.</summary>
    private const int MaxLength = 10_000;

    public static ScriptObject Create()
    {
        var text = new ScriptObject();
        text.Import("upcase", new Func<string?, string>(s => (s ?? string.Empty).ToUpperInvariant()));
        text.Import("downcase", new Func<string?, string>(s => (s ?? string.Empty).ToLowerInvariant()));
        text.Import("capitalize", new Func<string?, string>(s => string.IsNullOrEmpty(s) ? string.Empty : char.ToUpperInvariant(s[0]) + s[1..]));
        text.Import("strip", new Func<string?, string>(s => (s ?? string.Empty).Trim()));
        text.Import("truncate", new Func<string?, int, string>((s, length) =>
        {
            s ??= string.Empty;
            length = Math.Clamp(length, 1, MaxLength);
            return s.Length <= length ? s : s[..Math.Max(0, length - 1)] + "…";
        }));

        var list = new ScriptObject();
        list.Import("size", new Func<ScriptArray?, int>(a => a?.Count ?? 0));
        list.Import("first", new Func<ScriptArray?, object?>(a => a is { Count: > 0 } ? a[0] : null));
        list.Import("last", new Func<ScriptArray?, object?>(a => a is { Count: > 0 } ? a[^1] : null));
        list.Import("join", new Func<ScriptArray?, string?, string>((a, separator) =>
            string.Join(separator ?? ", ", (a ?? []).Select(v => v?.ToString() ?? string.Empty))));

        var builtins = new ScriptObject();
        builtins.SetValue("string", text, readOnly: true);
        builtins.SetValue("array", list, readOnly: true);
        return builtins;
    }
}
