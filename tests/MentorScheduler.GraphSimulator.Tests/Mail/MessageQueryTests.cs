using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace MentorScheduler.GraphSimulator.Tests.Mail;

public sealed class MessageQueryTests
{
    private const string Adele = "adele.vance@contoso.example";
    private const string Alex = "alex.wilber@contoso.example";
    private const string RelationshipProperty = "String {3f1c9a2e-7b4d-4e5f-9a10-2c3d4e5f6a7b} Name MentorshipRelationshipId";

    [Fact]
    public async Task MessagesAreFoundByExtendedPropertyValue()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await SendTaggedAsync(sim, "Agenda one", "rel-1");
        await SendTaggedAsync(sim, "Agenda two", "rel-2");

        var found = (await sim.Graph.Users[Alex].Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{RelationshipProperty}' and ep/value eq 'rel-2')";
            rc.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{RelationshipProperty}')"];
        }))!.Value!;

        var message = Assert.Single(found);
        Assert.Equal("Agenda two", message.Subject);
        Assert.Equal("rel-2", Assert.Single(message.SingleValueExtendedProperties!).Value);
    }

    [Fact]
    public async Task MessagesAreFoundBySubjectAndOrderedNewestFirst()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await SendTaggedAsync(sim, "Agenda", "rel-1");
        await SendTaggedAsync(sim, "Other", "rel-1");
        await SendTaggedAsync(sim, "Agenda", "rel-2");

        var found = (await sim.Graph.Users[Alex].Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = "subject eq 'Agenda'";
            rc.QueryParameters.Orderby = ["receivedDateTime desc"];
            rc.QueryParameters.Expand = ["singleValueExtendedProperties"];
        }))!.Value!;

        Assert.Equal(["rel-2", "rel-1"], found.Select(m => m.SingleValueExtendedProperties!.Single().Value));
    }

    [Fact]
    public async Task PagesFollowAbsoluteNextLinks()
    {
        await using var sim = await SimulatorHost.StartAsync();
        for (var i = 0; i < 5; i++) await SendTaggedAsync(sim, $"Agenda {i}", $"rel-{i}");

        var first = await sim.Graph.Users[Alex].Messages.GetAsync(rc => rc.QueryParameters.Top = 2);
        Assert.StartsWith(sim.ServiceRoot + "/users/", first!.OdataNextLink, StringComparison.Ordinal);

        var subjects = new List<string>();
        var pages = PageIterator<Message, MessageCollectionResponse>.CreatePageIterator(sim.Graph, first, m =>
        {
            subjects.Add(m.Subject!);
            return true;
        });
        await pages.IterateAsync();

        Assert.Equal(["Agenda 4", "Agenda 3", "Agenda 2", "Agenda 1", "Agenda 0"], subjects);
    }

    [Fact]
    public async Task AFilterTheSimulatorCannotReadIsABadRequest()
    {
        await using var sim = await SimulatorHost.StartAsync();

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Alex].Messages.GetAsync(rc =>
            rc.QueryParameters.Filter = "contains(subject,'x')"));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("BadRequest", error.Error!.Code);
    }

    private static Task SendTaggedAsync(SimulatorHost sim, string subject, string relationship)
    {
        var mail = SendMailTests.Agenda(to: [Alex], subject: subject);
        mail.Message!.SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = RelationshipProperty, Value = relationship }];
        return sim.Graph.Users[Adele].SendMail.PostAsync(mail);
    }
}
