using MentorScheduler.Api.Core;
using MentorScheduler.Api.Notes;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// Sessions by relationship, items by session and action items by relationship, when each session's agenda was sent,
/// and each session's latest "questions for next time": loaded once for many agendas.
/// </summary>
public sealed record AgendaData(
    ILookup<Guid, Session> Sessions,
    ILookup<Guid, DiscussionItem> Items,
    ILookup<Guid, ActionItem> Actions,
    IReadOnlyDictionary<Guid, DateTimeOffset> AgendaSentAt,
    IReadOnlyDictionary<Guid, string> QuestionsForNextTime);
