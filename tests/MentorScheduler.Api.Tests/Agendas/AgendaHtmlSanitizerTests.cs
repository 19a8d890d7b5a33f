using MentorScheduler.Api.Agendas;

namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>
/// The agenda sanitiser sets inline styles aside and puts them back as the library sanitised them once: what comes
/// out must be what the library itself would give, on ordinary and on hostile HTML, whatever the order of calls.
/// </summary>
public sealed class AgendaHtmlSanitizerTests
{
    public static TheoryData<string> Inputs() =>
    [
        "<h2 style=\"font-family:Segoe UI,Arial;color:#323130;margin:0 0 8px\">Session 4</h2><p style=\"margin:0\">Hello</p>",
        "<p style=\"background:url(javascript:alert(1))\">a url in a style</p>",
        "<p style=\"width: expression(alert(1))\">an IE expression</p>",
        "<p style=\"color:red;position:fixed;top:0\">position</p>",
        "<div style=\"color:red\"><script style=\"color:blue\">alert(1)</script><b style=\"font-weight:700\">kept</b></div>",
        "<form style=\"color:red\"><span style=\"color:green\">inside a form that goes</span></form>",
        "<img src=\"https://tracker.example/p.gif\" style=\"display:none\"><a href=\"https://example.com\" style=\"color:#0078d4\">link</a>",
        "<a href=\"/relative\" style=\"color:red\">relative</a><a href=\"mailto:megan@contoso.example\">mail</a>",
        "<p style=\"\">empty style</p><p style>bare style</p><p STYLE=\"COLOR:RED\">upper case</p>",
        "<p style='color:red' onclick=\"alert(1)\">handler</p><iframe src=\"https://example.com\" style=\"border:0\"></iframe>",
        "<svg><style>*{color:red}</style><p style=\"color:red\">svg</p></svg><math style=\"color:red\"><mi>x</mi></math>",
        "<table style=\"border-collapse:collapse\"><tr><td style=\"padding:4px;border:1px solid #ccc\">cell</td></tr></table>",
        "<p style=\"color:red\">&lt;script&gt; escaped &amp; kept</p></body><body style=\"color:red\">second body</body>",
        "<template><p style=\"color:red\">in a template</p></template><noscript><p style=\"color:red\">noscript</p></noscript>",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void TheResultIsTheLibrarysOwn(string html)
    {
        using var sanitizer = new AgendaHtmlSanitizer();
        Assert.Equal(AgendaHtmlSanitizer.SanitizeAsLibrary(html), sanitizer.Sanitize(html));
        // A second time the styles come from what was remembered.
        Assert.Equal(AgendaHtmlSanitizer.SanitizeAsLibrary(html), sanitizer.Sanitize(html));
    }

    [Fact]
    public void ARememberedStyleIsNeverTheOneOfAnotherText()
    {
        using var sanitizer = new AgendaHtmlSanitizer();
        var safe = sanitizer.Sanitize("<p style=\"color:red\">a</p>");
        var hostile = sanitizer.Sanitize("<p style=\"color:red;background-image:url(javascript:alert(1))\">b</p>");

        Assert.Contains("color: rgba(255, 0, 0, 1)", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", hostile, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(AgendaHtmlSanitizer.SanitizeAsLibrary("<p style=\"color:red;background-image:url(javascript:alert(1))\">b</p>"), hostile);
    }

    [Fact]
    public void StylesBuiltFromValuesDoNotGrowWithoutEnd()
    {
        using var sanitizer = new AgendaHtmlSanitizer();
        for (var i = 0; i < AgendaHtmlSanitizer.MaxRememberedStyles + 10; i++)
            Assert.Contains($"{i + 1}px", sanitizer.Sanitize($"<p style=\"margin-left:{i + 1}px\">x</p>"), StringComparison.Ordinal);

        Assert.True(sanitizer.RememberedStyles <= AgendaHtmlSanitizer.MaxRememberedStyles, $"{sanitizer.RememberedStyles} styles remembered");
    }

    [Fact]
    public async Task ThreadsSanitisingAtOnceEachGetTheirOwnResult()
    {
        using var sanitizer = new AgendaHtmlSanitizer();
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            (i, Html: sanitizer.Sanitize($"<p style=\"color:#{i % 10}{i % 10}{i % 10}\">agenda {i}</p><script>x</script>")))));

        foreach (var (i, html) in results)
            Assert.Equal(AgendaHtmlSanitizer.SanitizeAsLibrary($"<p style=\"color:#{i % 10}{i % 10}{i % 10}\">agenda {i}</p><script>x</script>"), html);
    }
}
