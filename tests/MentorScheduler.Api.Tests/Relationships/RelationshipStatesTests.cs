using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Tests.Relationships;

/// <summary>The one table of the relationship's life: every state against every action, and the words of a refusal.</summary>
public sealed class RelationshipStatesTests
{
    // API.md "The relationship's life", row by row: which states each action may start from.
    private static readonly Dictionary<RelationshipAction, RelationshipStatus[]> Expected = new()
    {
        [RelationshipAction.Edit] = [RelationshipStatus.Proposed],
        [RelationshipAction.Withdraw] = [RelationshipStatus.Proposed, RelationshipStatus.Agreed],
        [RelationshipAction.Answer] = [RelationshipStatus.Proposed],
        [RelationshipAction.Book] = [RelationshipStatus.Agreed],
        [RelationshipAction.Amend] = [RelationshipStatus.Invited, RelationshipStatus.Active],
        [RelationshipAction.CancelSession] = [RelationshipStatus.Invited, RelationshipStatus.Active],
        [RelationshipAction.End] = [RelationshipStatus.Agreed, RelationshipStatus.Invited, RelationshipStatus.Active],
        [RelationshipAction.Evaluate] = [RelationshipStatus.Invited, RelationshipStatus.Active],
        [RelationshipAction.Decide] = [RelationshipStatus.Active],
    };

    public static TheoryData<RelationshipStatus, RelationshipAction> EveryPair()
    {
        var data = new TheoryData<RelationshipStatus, RelationshipAction>();
        foreach (var status in Enum.GetValues<RelationshipStatus>())
            foreach (var action in Enum.GetValues<RelationshipAction>())
                data.Add(status, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void EachActionIsPossibleFromExactlyItsStates(RelationshipStatus status, RelationshipAction action)
    {
        var r = Relationship(status);
        var allowed = Expected[action].Contains(status);

        Assert.Equal(allowed, RelationshipStates.Allows(status, action));
        var refusal = RelationshipStates.Check(r, action);
        if (allowed)
        {
            Assert.Null(refusal);
            return;
        }
        Assert.NotNull(refusal);
        Assert.Equal(409, refusal.StatusCode);
        Assert.Equal("invalidTransition", refusal.ProblemDetails.Extensions["code"]);
        Assert.Equal(status.ToString().ToLowerInvariant(), refusal.ProblemDetails.Extensions["state"]);
        Assert.Contains($"is {status.ToString().ToLowerInvariant()}", refusal.ProblemDetails.Detail, StringComparison.Ordinal);
        Assert.Contains("Megan Bowen", refusal.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RelationshipStatus.Declined)]
    [InlineData(RelationshipStatus.Withdrawn)]
    [InlineData(RelationshipStatus.Ended)]
    public void AClosedRelationshipOffersNothingAndSaysHowToMeetAgain(RelationshipStatus status)
    {
        var refusal = RelationshipStates.Refusal(Relationship(status), RelationshipAction.Book);

        Assert.Empty((IEnumerable<string>)refusal.ProblemDetails.Extensions["possible"]!);
        Assert.Contains("propose a new relationship", refusal.ProblemDetails.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(status, RelationshipStates.Open);
    }

    [Fact]
    public void TheRefusalSaysWhatIsPossibleFromHere()
    {
        var refusal = RelationshipStates.Refusal(Relationship(RelationshipStatus.Proposed), RelationshipAction.Book);

        Assert.Equal("You asked to book the series, but this relationship with Megan Bowen is proposed: the mentor has not answered yet. " +
            "From here you can edit the proposal, withdraw it or answer the proposal.", refusal.ProblemDetails.Detail);
    }

    private static Relationship Relationship(RelationshipStatus status) => new()
    {
        TenantId = "t",
        MenteeId = "a",
        MenteeUpn = "adele.vance@contoso.example",
        MenteeMail = "adele.vance@contoso.example",
        MenteeDisplayName = "Adele Vance",
        MentorId = "m",
        MentorUpn = "megan.bowen@contoso.example",
        MentorMail = "megan.bowen@contoso.example",
        MentorDisplayName = "Megan Bowen",
        Purpose = "p",
        Goals = ["g"],
        TimeZone = "Europe/London",
        Status = status,
    };
}
