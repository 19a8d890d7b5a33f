using System.Globalization;
using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// Scriban, made safe for templates a program admin edits (Scriban does none of this by itself): every
/// <c>{{ }}</c> output is HTML-escaped in HTML templates (the template's own markup is not); the template sees
/// only the agenda model (<see cref="AgendaTemplateModel"/>, plain script objects, no .NET members) and a few
/// pure functions; <c>include</c>, <c>import</c>, <c>capture</c> and <c>func</c> are refused when the template
/// is saved, with their line and column; loops, recursion, output size and time are bounded on every render.
/// </summary>
public sealed class ScribanTemplateEngine(TimeProvider clock) : ITemplateEngine
{
    /// <summary>The most iterations of all loops in one render (the model's lists hold 30 items at most).</summary>
    public const int LoopLimit = 1_000;

    /// <summary>The most characters one render writes.</summary>
    public const int OutputLimit = 200_000;

    /// <summary>How long one render may run before it is stopped.</summary>
    public static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(2);

    private static readonly string[] RefusedFunctions = ["include", "import", "capture", "func", "object", "date", "regex", "html", "timespan"];

    public TemplateCompilation Compile(string source, TemplateFormat format)
    {
        if (Unclosed(source) is { } unclosed) return new TemplateCompilation(null, [unclosed]);
        var template = Template.Parse(source, parserOptions: new ParserOptions { ExpressionDepthLimit = 64 });
        if (template.HasErrors)
            return new TemplateCompilation(null, template.Messages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => Error(m.Span, Reword(m.Message)))
                .Take(5).ToList());

        var refused = new List<TemplateError>();
        Refuse(template.Page, refused);
        if (refused.Count > 0) return new TemplateCompilation(null, refused);

        return new TemplateCompilation(model => Render(template, model, format), []);
    }

    private string Render(Template template, AgendaModel model, TemplateFormat format)
    {
        using var timeout = new CancellationTokenSource(RenderTimeout, clock);
        var context = new AgendaTemplateContext(format == TemplateFormat.Html)
        {
            LoopLimit = LoopLimit,
            RecursiveLimit = 16,
            ObjectRecursionLimit = 16,
            LimitToString = OutputLimit,
            OutputLimit = OutputLimit,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            MemberFilter = _ => false,
            CancellationToken = timeout.Token,
            NewLine = "\n",
        };
        context.PushGlobal(AgendaTemplateModel.From(model));
        var output = template.Render(context);
        // Scriban cuts the output at the limit and adds "..."; a cut agenda would go out silently broken.
        if (output.Length > OutputLimit)
            throw new InvalidOperationException(
                $"The agenda comes out longer than {OutputLimit.ToString("N0", CultureInfo.InvariantCulture)} characters: shorten the template or what its loops repeat.");
        return output;
    }

    /// <summary>The statements and calls an agenda template may not use, each reported where it is.</summary>
    private static void Refuse(ScriptNode? node, List<TemplateError> errors)
    {
        if (node is null) return;
        var refusal = node switch
        {
            ScriptCaptureStatement => "'capture' is not available in agenda templates: write the text where it is shown.",
            ScriptImportStatement => "'import' is not available in agenda templates.",
            ScriptFunction => "'func' is not available in agenda templates: agenda templates cannot define functions.",
            ScriptAnonymousFunction => "Anonymous functions ('do … end') are not available in agenda templates.",
            ScriptVariable v when RefusedFunctions.Contains(v.Name, StringComparer.Ordinal) =>
                $"'{v.Name}' is not available in agenda templates; the variables and functions they offer are listed in README.",
            _ => null,
        };
        if (refusal is not null)
        {
            errors.Add(Error(node.Span, refusal));
            return;
        }
        for (var i = 0; i < node.ChildrenCount; i++) Refuse(node.GetChildren(i), errors);
    }

    /// <summary>
    /// Scriban reads a last <c>{{</c> that is never closed as code running to the end of the file; an admin
    /// almost always forgot the <c>}}</c>, so say so where it opens.
    /// </summary>
    private static TemplateError? Unclosed(string source)
    {
        var open = source.LastIndexOf("{{", StringComparison.Ordinal);
        if (open < 0 || source.IndexOf("}}", open, StringComparison.Ordinal) >= 0) return null;
        var line = source.AsSpan(0, open).Count('\n');
        var lineStart = source.LastIndexOf('\n', open) + 1;
        return new TemplateError(line + 1, open - lineStart + 1, "This '{{' is never closed with '}}'.");
    }

    /// <summary>Where and why a render failed: Scriban's runtime errors carry a position, the limits do not.</summary>
    public static TemplateError Describe(Exception e) => e switch
    {
        ScriptAbortException => new TemplateError(1, 1, "The template ran longer than a render may."),
        ScriptRuntimeException runtime => Error(runtime.Span, Reword(runtime.OriginalMessage)),
        _ => new TemplateError(1, 1, Reword(e.Message)),
    };

    /// <summary>Scriban counts lines and columns from 0; admins (and the API) count from 1.</summary>
    private static TemplateError Error(SourceSpan span, string message) => new(span.Start.Line + 1, span.Start.Column + 1, message);

    private static string Reword(string message) => message.TrimEnd('.') + ".";

    /// <summary>Writes the template's own text as it is and every value it outputs escaped (HTML templates).</summary>
    private sealed class AgendaTemplateContext(bool escape) : TemplateContext(SafeBuiltins.Create())
    {
        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            if (textAsObject is null) return this;
            var text = ObjectToString(textAsObject);
            if (text is null) return this;
            Write(escape ? WebUtility.HtmlEncode(text) : text);
            return this;
        }
    }
}
