using System.Text.Json.Serialization;

namespace MentorScheduler.Api.Core;

/// <summary>
/// A person in a relationship as the API shows them; in a relationship also their mailbox time zone as the record
/// knows it (the mentee's is the relationship's; the mentor's as read when proposed), so each reader's times are theirs.
/// </summary>
public sealed record PersonDto(string Upn, string DisplayName, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TimeZone = null);
