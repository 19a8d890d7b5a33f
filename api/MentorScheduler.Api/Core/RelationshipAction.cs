namespace MentorScheduler.Api.Core;

/// <summary>What a person can ask of a relationship's life; <see cref="RelationshipStates"/> says from which states.</summary>
public enum RelationshipAction
{
    /// <summary>The mentee edits the proposed agreement.</summary>
    Edit,

    /// <summary>The mentee takes the proposal back before anything is booked.</summary>
    Withdraw,

    /// <summary>The mentor accepts or declines the proposal.</summary>
    Answer,

    /// <summary>The mentee books the series the mentor agreed to.</summary>
    Book,

    /// <summary>The mentee changes the cadence or time of the booked series.</summary>
    Amend,

    /// <summary>A participant cancels one coming session.</summary>
    CancelSession,

    /// <summary>Either participant ends the relationship: the series stops after the last held session.</summary>
    End,

    /// <summary>A participant records their evaluation at the evaluation point.</summary>
    Evaluate,

    /// <summary>A participant records the decision at the evaluation point: continue or amend (ending is <see cref="End"/>).</summary>
    Decide,
}
