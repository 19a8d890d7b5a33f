using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// Handlebars.Net: logic-less templates, values HTML-escaped by default. Raw output (<c>{{{ }}}</c>,
/// <c>{{&amp; }}</c>) and partials are refused so no user-written text reaches the HTML unescaped.
/// Handlebars reports a position only for some errors, so tags are checked first, each with its own place.
/// </summary>
public sealed partial class HandlebarsTemplateEngine : ITemplateEngine
{
    private readonly IHandlebars _html = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
    private readonly IHandlebars _text = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true, ThrowOnUnresolvedBindingExpression = false });

    public TemplateCompilation Compile(string source, TemplateFormat format)
    {
        var engine = format == TemplateFormat.Html ? _html : _text;
        var errors = CheckTags(source, engine);
        if (errors.Count > 0) return new TemplateCompilation(null, errors);
        try
        {
            var template = engine.Compile(source);
            return new TemplateCompilation(model => template(model), []);
        }
        catch (HandlebarsException e)
        {
            return new TemplateCompilation(null, [Locate(e, 1, 1)]);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
        {
            // Handlebars.Net fails on some malformed blocks with an exception of its own; say so, never a 500.
            return new TemplateCompilation(null, [new TemplateError(1, 1,
                "The template cannot be compiled: check that every block helper ({{#if}}, {{#each}}, {{#with}}) has its argument and one {{else}} at most.")]);
        }
    }

    private static List<TemplateError> CheckTags(string source, IHandlebars engine)
    {
        var errors = new List<TemplateError>();
        var blocks = new Stack<(string Name, int Line, int Column)>();
        var elses = new HashSet<(string Name, int Line, int Column)>();
        var lineStarts = LineStarts(source);
        var position = 0;
        foreach (Match tag in Tag().Matches(source))
        {
            var (line, column) = Where(lineStarts, tag.Index);
            if (source.IndexOf("{{", position, tag.Index - position, StringComparison.Ordinal) is var open and >= 0)
            {
                var (l, c) = Where(lineStarts, open);
                errors.Add(new TemplateError(l, c, "This '{{' is never closed with '}}'."));
                return errors;
            }
            position = tag.Index + tag.Length;

            var body = tag.Groups["body"].Value.Trim().TrimStart('~').TrimEnd('~').Trim();
            if (tag.Value.StartsWith("{{{", StringComparison.Ordinal) || body.StartsWith('&'))
                errors.Add(new TemplateError(line, column, "Raw output ({{{ }}} or {{& }}) is not allowed: every value must be escaped."));
            else if (body.StartsWith('>'))
                errors.Add(new TemplateError(line, column, "Partials ({{> }}) are not available in agenda templates."));
            else if (body.StartsWith('#') || body.StartsWith('^') && body.Length > 1)
            {
                var name = BlockName(body[1..]);
                if (name is "if" or "unless" or "each" or "with" && body[1..].Trim() == name)
                    errors.Add(new TemplateError(line, column, $"'{{{{#{name}}}}}' needs an argument, for example {{{{#{name} relationship.goals}}}}."));
                blocks.Push((name, line, column));
            }
            else if (body == "else" && blocks.Count > 0 && ElseSeen(blocks.Peek(), elses))
                errors.Add(new TemplateError(line, column, $"'{{{{#{blocks.Peek().Name}}}}}' has a second '{{{{else}}}}'; a block takes one."));
            else if (body.StartsWith('/'))
            {
                var name = BlockName(body[1..]);
                if (blocks.Count == 0)
                    errors.Add(new TemplateError(line, column, $"'{{{{/{name}}}}}' closes a block that was never opened."));
                else if (blocks.Pop() is var opened && opened.Name != name)
                    errors.Add(new TemplateError(line, column, $"'{{{{/{name}}}}}' closes '{{{{#{opened.Name}}}}}' opened at line {opened.Line}, column {opened.Column}."));
            }
            else if (!body.StartsWith('!') && body != "else" && !body.StartsWith("else ", StringComparison.Ordinal))
            {
                try
                {
                    engine.Compile(tag.Value);
                }
                catch (HandlebarsException e)
                {
                    errors.Add(Locate(e, line, column));
                }
            }
            if (errors.Count > 0) return errors;
        }

        var rest = source.IndexOf("{{", position, StringComparison.Ordinal);
        if (rest >= 0)
        {
            var (l, c) = Where(lineStarts, rest);
            errors.Add(new TemplateError(l, c, "This '{{' is never closed with '}}'."));
        }
        else if (blocks.Count > 0)
        {
            var (name, l, c) = blocks.Peek();
            errors.Add(new TemplateError(l, c, $"'{{{{#{name}}}}}' is never closed with '{{{{/{name}}}}}'."));
        }
        return errors;
    }

    /// <summary>True when this block already had its <c>{{else}}</c> (and records the first one).</summary>
    private static bool ElseSeen((string Name, int Line, int Column) block, HashSet<(string Name, int Line, int Column)> elses) => !elses.Add(block);

    private static TemplateError Locate(HandlebarsException e, int line, int column)
    {
        var message = e.Message.Split("Occured at:", StringSplitOptions.TrimEntries)[0].Trim().TrimEnd(':').Trim();
        var at = Occurred().Match(e.Message);
        if (at.Success && line == 1 && column == 1)
        {
            line = int.Parse(at.Groups["line"].Value, CultureInfo.InvariantCulture) + 1;
            column = int.Parse(at.Groups["column"].Value, CultureInfo.InvariantCulture);
        }
        return new TemplateError(line, column, string.IsNullOrEmpty(message) ? "The template cannot be read here." : message);
    }

    private static string BlockName(string body) => body.Split([' ', '\t', '\r', '\n', '~'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;

    private static List<int> LineStarts(string source)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++)
            if (source[i] == '\n') starts.Add(i + 1);
        return starts;
    }

    private static (int Line, int Column) Where(List<int> lineStarts, int index)
    {
        var line = lineStarts.BinarySearch(index);
        if (line < 0) line = ~line - 1;
        return (line + 1, index - lineStarts[line] + 1);
    }

    [GeneratedRegex(@"\{\{\{?(?<body>.*?)\}?\}\}", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"Occured at:\s*(?<line>\d+):(?<column>\d+)")]
    private static partial Regex Occurred();
}
