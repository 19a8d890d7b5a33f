namespace MentorScheduler.Api.Agendas;

/// <summary>
/// What an agenda shows; templates see it through <see cref="AgendaTemplateModel"/>. <see cref="Reader"/> is
/// <c>mentor</c> for the mail (it goes to the mentor) and <c>both</c> for the meeting's body and the pane.
/// </summary>
public sealed record AgendaModel(
    AgendaRelationship Relationship,
    AgendaSession Session,
    AgendaNames Names,
    IReadOnlyList<AgendaItem> DiscussionItems,
    IReadOnlyList<AgendaItem> MentorQuestions,
    IReadOnlyList<AgendaAction> OpenActionItems,
    IReadOnlyList<AgendaAction> DoneSinceLast,
    AgendaEvaluation? Evaluation,
    IReadOnlyList<AgendaItem> MenteeQuestions,
    string? PreviousQuestions,
    string Reader = AgendaModel.Both)
{
    public const string Mentor = "mentor", Both = "both";
}
