using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.SendMail;

namespace MentorScheduler.GraphSimulator.Tests.Mail;

public sealed class SendMailTests
{
    private const string Adele = "adele.vance@contoso.example";
    private const string Alex = "alex.wilber@contoso.example";
    private const string Megan = "megan.bowen@contoso.example";
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task AMailLandsInEachRecipientsInboxWithSenderRecipientsBodyAndTime()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(Now));

        await sim.Graph.Users[Adele].SendMail.PostAsync(Agenda(to: [Alex], cc: [Megan]));

        var inAlex = (await sim.Graph.Users[Alex].Messages.GetAsync())!.Value!;
        var message = Assert.Single(inAlex);
        Assert.Equal("Agenda: session 3", message.Subject);
        Assert.Equal(BodyType.Html, message.Body!.ContentType);
        Assert.Equal("<p>Goals: <b>ship it</b></p>", message.Body.Content);
        Assert.Equal(Adele, message.From!.EmailAddress!.Address);
        Assert.Equal("Adele Vance", message.Sender!.EmailAddress!.Name);
        Assert.Equal([Alex], message.ToRecipients!.Select(r => r.EmailAddress!.Address));
        Assert.Equal("Alex Wilber", message.ToRecipients![0].EmailAddress!.Name);
        Assert.Equal([Megan], message.CcRecipients!.Select(r => r.EmailAddress!.Address));
        Assert.Equal(Now, message.ReceivedDateTime);
        Assert.Equal(Now, message.SentDateTime);
        Assert.False(message.IsRead);
        Assert.StartsWith("<", message.InternetMessageId, StringComparison.Ordinal);
        Assert.Null(message.InternetMessageHeaders);

        var inMegan = (await sim.Graph.Users[Megan].MailFolders["inbox"].Messages.GetAsync())!.Value!;
        Assert.Equal(message.InternetMessageId, Assert.Single(inMegan).InternetMessageId);
    }

    [Fact]
    public async Task CustomHeadersComeBackOnlyWhenSelected()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Graph.Users[Adele].SendMail.PostAsync(Agenda(to: [Alex]));

        var selected = (await sim.Graph.Users[Alex].Messages.GetAsync(rc =>
            rc.QueryParameters.Select = ["subject", "internetMessageHeaders"]))!.Value!.Single();

        Assert.Equal("Agenda: session 3", selected.Subject);
        Assert.Null(selected.Body);
        var header = Assert.Single(selected.InternetMessageHeaders!, h => h.Name == "x-mentorscheduler-session");
        Assert.Equal("rel-42/3", header.Value);
    }

    [Fact]
    public async Task TheSenderKeepsACopyInSentItemsUnlessToldNotTo()
    {
        await using var sim = await SimulatorHost.StartAsync();

        await sim.Graph.Users[Adele].SendMail.PostAsync(Agenda(to: [Alex], bcc: [Megan]));
        var quiet = Agenda(to: [Alex]);
        quiet.SaveToSentItems = false;
        await sim.Graph.Users[Adele].SendMail.PostAsync(quiet);

        var sent = (await sim.Graph.Users[Adele].MailFolders["sentitems"].Messages.GetAsync())!.Value!;
        var copy = Assert.Single(sent);
        Assert.True(copy.IsRead);
        Assert.Equal([Megan], copy.BccRecipients!.Select(r => r.EmailAddress!.Address));
        Assert.Empty((await sim.Graph.Users[Adele].MailFolders["inbox"].Messages.GetAsync())!.Value!);

        var blind = Assert.Single((await sim.Graph.Users[Megan].Messages.GetAsync())!.Value!);
        Assert.Empty(blind.BccRecipients!);
        Assert.Equal(2, (await sim.Graph.Users[Alex].Messages.GetAsync())!.Value!.Count);
    }

    [Fact]
    public async Task ExternalRecipientsAreAcceptedButNotDelivered()
    {
        await using var sim = await SimulatorHost.StartAsync();

        await sim.Graph.Users[Adele].SendMail.PostAsync(Agenda(to: ["someone@fabrikam.example", Alex]));

        Assert.Single((await sim.Graph.Users[Alex].Messages.GetAsync())!.Value!);
    }

    [Fact]
    public async Task AHeaderNotStartingWithXIsRefusedAndNothingIsDelivered()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var mail = Agenda(to: [Alex]);
        mail.Message!.InternetMessageHeaders!.Add(new InternetMessageHeader { Name = "In-Reply-To", Value = "<a@b>" });

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].SendMail.PostAsync(mail));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("InvalidInternetMessageHeader", error.Error!.Code);
        Assert.Equal("The internet message header name 'In-Reply-To' should start with 'x-' or 'X-'.", error.Error.Message);
        Assert.Empty((await sim.Graph.Users[Alex].Messages.GetAsync())!.Value!);
        Assert.Empty((await sim.Graph.Users[Adele].Messages.GetAsync())!.Value!);
    }

    [Fact]
    public async Task ASenderOutsideTheTenantIsAnInvalidUser()
    {
        await using var sim = await SimulatorHost.StartAsync();

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users["nobody@contoso.example"].SendMail.PostAsync(Agenda(to: [Alex])));

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal("ErrorInvalidUser", error.Error!.Code);
        Assert.Equal("The requested user 'nobody@contoso.example' is invalid.", error.Error.Message);
        var reading = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users["nobody@contoso.example"].Messages.GetAsync());
        Assert.Equal("ErrorInvalidUser", reading.Error!.Code);
    }

    [Fact]
    public async Task TheBodysPropertyNamesAreReadInAnyCase()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var raw = new HttpClient();
        using var content = new StringContent(
            """{"Message":{"SUBJECT":"Shouted","Body":{"ContentType":"Text","Content":"hello"},"ToRecipients":[{"EmailAddress":{"Address":"alex.wilber@contoso.example"}}]},"SaveToSentItems":"false"}""",
            System.Text.Encoding.UTF8, "application/json");

        using var response = await raw.PostAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}/sendMail"), content);

        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var message = Assert.Single((await sim.Graph.Users[Alex].Messages.GetAsync())!.Value!);
        Assert.Equal("Shouted", message.Subject);
        Assert.Equal(BodyType.Text, message.Body!.ContentType);
        Assert.Equal("hello", message.Body.Content);
        Assert.Empty((await sim.Graph.Users[Adele].Messages.GetAsync())!.Value!);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsRefused()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var raw = new HttpClient();
        using var content = new StringContent("RnJvbTogQWRlbGU=", System.Text.Encoding.UTF8, "text/plain");

        using var response = await raw.PostAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}/sendMail"), content);

        Assert.Equal(System.Net.HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("UnsupportedMediaType", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMailWithoutRecipientsIsRefused()
    {
        await using var sim = await SimulatorHost.StartAsync();

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].SendMail.PostAsync(Agenda(to: [])));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("ErrorInvalidRecipients", error.Error!.Code);
    }

    [Fact]
    public async Task AMessageIsReadBackByIdAndAnUnknownIdIsNotFound()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.Graph.Users[Adele].SendMail.PostAsync(Agenda(to: [Alex]));
        var listed = (await sim.Graph.Users[Alex].Messages.GetAsync())!.Value!.Single();

        var byId = await sim.Graph.Users[Alex].Messages[listed.Id].GetAsync();
        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Alex].Messages["AAMkAGnothing"].GetAsync());

        Assert.Equal(listed.Subject, byId!.Subject);
        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal("ErrorItemNotFound", error.Error!.Code);
    }

    internal static SendMailPostRequestBody Agenda(string[] to, string[]? cc = null, string[]? bcc = null, string subject = "Agenda: session 3") => new()
    {
        Message = new Message
        {
            Subject = subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = "<p>Goals: <b>ship it</b></p>" },
            ToRecipients = Recipients(to),
            CcRecipients = Recipients(cc ?? []),
            BccRecipients = Recipients(bcc ?? []),
            InternetMessageHeaders = [new InternetMessageHeader { Name = "x-mentorscheduler-session", Value = "rel-42/3" }],
        },
        SaveToSentItems = true,
    };

    private static List<Recipient> Recipients(string[] addresses) =>
        addresses.Select(a => new Recipient { EmailAddress = new EmailAddress { Address = a } }).ToList();
}
