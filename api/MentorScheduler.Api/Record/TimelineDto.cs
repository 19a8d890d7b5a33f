using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Record;

/// <summary>The whole record: the agreement, then every session in order with its notes and action items.</summary>
public sealed record TimelineDto(RelationshipDto Agreement, IReadOnlyList<TimelineSessionDto> Sessions);
