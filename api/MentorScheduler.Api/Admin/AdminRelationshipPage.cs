using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Admin;

/// <summary>A page of <c>GET /api/admin/relationships</c>: the items and the cursor of the next page (null on the last).</summary>
public sealed record AdminRelationshipPage(IReadOnlyList<RelationshipDto> Items, string? Next);
