using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Core;

/// <summary>
/// The one place that says which state a relationship may move from, for each thing a person asks (API.md "The
/// relationship's life"): every endpoint that changes a relationship asks here, and a refusal is a 409 whose
/// detail names the current state and what can be done from it (also as <c>state</c> and <c>possible</c>; not
/// <c>status</c>, which is the problem's HTTP status).
/// </summary>
public static class RelationshipStates
{
    private static readonly Dictionary<RelationshipAction, RelationshipStatus[]> AllowedFrom = new()
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

    /// <summary>The states in which the pair is taken: a second proposal to the same mentor waits until this one closes.</summary>
    public static readonly RelationshipStatus[] Open = [RelationshipStatus.Proposed, RelationshipStatus.Agreed, RelationshipStatus.Invited, RelationshipStatus.Active];

    /// <summary>The states with a series in Outlook that the record follows.</summary>
    public static readonly RelationshipStatus[] Booked = [RelationshipStatus.Invited, RelationshipStatus.Active];

    public static bool Allows(RelationshipStatus status, RelationshipAction action) => AllowedFrom[action].Contains(status);

    /// <summary>What can be asked of a relationship in this state.</summary>
    public static IReadOnlyList<RelationshipAction> PossibleFrom(RelationshipStatus status) =>
        AllowedFrom.Where(a => a.Value.Contains(status)).Select(a => a.Key).ToList();

    /// <summary>Null when <paramref name="action"/> is possible now; otherwise the 409 to answer.</summary>
    public static ProblemHttpResult? Check(Relationship r, RelationshipAction action) =>
        Allows(r.Status, action) ? null : Refusal(r, action);

    public static ProblemHttpResult Refusal(Relationship r, RelationshipAction action)
    {
        var possible = PossibleFrom(r.Status);
        var next = possible.Count == 0
            ? "Nothing more can be changed in it; its record stays readable. To meet again, propose a new relationship."
            : $"From here you can {Words(possible.Select(Describe).ToList())}.";
        var problem = Problems.Create(StatusCodes.Status409Conflict, $"Not possible while the relationship is {Name(r.Status)}",
            $"You asked to {Describe(action)}, but this relationship with {r.MentorDisplayName} is {Name(r.Status)}: {Meaning(r.Status)}. {next}",
            "invalidTransition");
        var extensions = problem.ProblemDetails.Extensions;
        extensions["state"] = Name(r.Status);
        extensions["possible"] = possible.Select(a => a.ToString().ToLowerInvariant()).ToList();
        return problem;
    }

    private static string Words(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];

    public static string Name(RelationshipStatus status) => status.ToString().ToLowerInvariant();

    private static string Meaning(RelationshipStatus status) => status switch
    {
        RelationshipStatus.Proposed => "the mentor has not answered yet",
        RelationshipStatus.Agreed => "the mentor said yes and no series is booked yet",
        RelationshipStatus.Invited => "the series is booked and the mentor has not answered it in Outlook yet",
        RelationshipStatus.Active => "the series is booked and accepted",
        RelationshipStatus.Declined => "the mentor declined the proposal",
        RelationshipStatus.Withdrawn => "the mentee withdrew it",
        RelationshipStatus.Ended => "it has ended",
        _ => "unknown",
    };

    private static string Describe(RelationshipAction action) => action switch
    {
        RelationshipAction.Edit => "edit the proposal",
        RelationshipAction.Withdraw => "withdraw it",
        RelationshipAction.Answer => "answer the proposal",
        RelationshipAction.Book => "book the series",
        RelationshipAction.Amend => "amend the series",
        RelationshipAction.CancelSession => "cancel a session",
        RelationshipAction.End => "end it",
        RelationshipAction.Evaluate => "record an evaluation",
        RelationshipAction.Decide => "decide to continue or amend it",
        _ => action.ToString().ToLowerInvariant(),
    };
}
