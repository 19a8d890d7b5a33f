using MentorScheduler.Api.Core;
using MentorScheduler.Api.Notes;

namespace MentorScheduler.Api.Agendas;

/// <summary>Sessions by relationship, items by session and action items by relationship, loaded once.</summary>
public sealed record AgendaData(ILookup<Guid, Session> Sessions, ILookup<Guid, DiscussionItem> Items, ILookup<Guid, ActionItem> Actions);
