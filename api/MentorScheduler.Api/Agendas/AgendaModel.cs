namespace MentorScheduler.Api.Agendas;

/// <summary>What an agenda shows; templates see it through <see cref="AgendaTemplateModel"/>.</summary>
public sealed record AgendaModel(
    AgendaRelationship Relationship,
    AgendaSession Session,
    AgendaNames Names,
    IReadOnlyList<AgendaItem> DiscussionItems,
    IReadOnlyList<AgendaItem> MentorQuestions,
    IReadOnlyList<AgendaAction> OpenActionItems,
    IReadOnlyList<AgendaAction> DoneSinceLast,
    AgendaEvaluation? Evaluation);
