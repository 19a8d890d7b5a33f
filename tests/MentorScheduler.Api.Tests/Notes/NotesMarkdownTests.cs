using System.Text.RegularExpressions;
using MentorScheduler.Api.Notes;

namespace MentorScheduler.Api.Tests.Notes;

public sealed partial class NotesMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Before <script src=\"https://evil.example/x.js\"></script> after")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"javascript:alert(1)\"></iframe>")]
    [InlineData("<a href=\"javascript:alert(1)\">raw</a>")]
    public void RawHtmlComesOutAsText(string markdown)
    {
        var html = NotesMarkdown.ToHtml(markdown);

        Assert.DoesNotMatch(RawTag(), html);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click me](javascript:alert(1))")]
    [InlineData("[click me](JavaScript:alert(1))")]
    [InlineData("[click me](<javascript:alert(1)>)")]
    [InlineData("[click me](jav&#x61;script:alert(1))")]
    [InlineData("[click me](javascript&#58;alert(1))")]
    [InlineData("[click me](vbscript:msgbox(1))")]
    [InlineData("[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click me][bad]\n\n[bad]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![click me](javascript:alert(1))")]
    [InlineData("[![click me](javascript:alert(2))](javascript:alert(1))")]
    public void LinksThatRunScriptAreNotLive(string markdown)
    {
        var html = NotesMarkdown.ToHtml(markdown);

        Assert.DoesNotMatch(LiveAddress(), html);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Matches("click me|alert", html);
    }

    [Theory]
    [InlineData("[click me](javascript:alert(1)) now", "<p>click me now</p>\n")]
    [InlineData("![a diagram](javascript:alert(1))", "<p>a diagram</p>\n")]
    [InlineData("<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n")]
    public void AnUnsafeLinkLeavesItsTextOnce(string markdown, string expected)
    {
        Assert.Equal(expected, NotesMarkdown.ToHtml(markdown));
    }

    [Theory]
    [InlineData("[site](https://contoso.example/plan)", "<a href=\"https://contoso.example/plan\">site</a>")]
    [InlineData("[mail](mailto:megan.bowen@contoso.example)", "<a href=\"mailto:megan.bowen@contoso.example\">mail</a>")]
    [InlineData("[relative](/docs/plan.md)", "<a href=\"/docs/plan.md\">relative</a>")]
    [InlineData("see https://contoso.example", "<a href=\"https://contoso.example\">https://contoso.example</a>")]
    public void SafeLinksStayLinks(string markdown, string expected)
    {
        Assert.Contains(expected, NotesMarkdown.ToHtml(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownBecomesHtml()
    {
        var html = NotesMarkdown.ToHtml("## Advice\n\n- **Talk** to product managers\n- [ ] read *Inspired*");

        Assert.Contains("<h2>Advice</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Talk</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>Inspired</em>", html, StringComparison.Ordinal);
        Assert.Equal(string.Empty, NotesMarkdown.ToHtml(" "));
    }

    /// <summary>An opening tag that a browser would act on.</summary>
    [GeneratedRegex("<(script|img|iframe|a\\s)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex RawTag();

    /// <summary>An href or src whose address is not http(s), mailto or relative.</summary>
    [GeneratedRegex("(href|src)=\"(?!https?:|mailto:|/|#)[^\"]*\"", RegexOptions.IgnoreCase)]
    private static partial Regex LiveAddress();
}
