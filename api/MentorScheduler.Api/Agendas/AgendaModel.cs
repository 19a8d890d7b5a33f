using MentorScheduler.Api.Core;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MentorScheduler.Api.Agendas;

/// <summary>What a template can show. Templates see it in camelCase: <c>{{relationship.purpose}}</c>.</summary>
public sealed record AgendaModel(
    AgendaRelationship Relationship,
    AgendaSession Session,
    AgendaNames Names,
    IReadOnlyList<AgendaItem> DiscussionItems,
    IReadOnlyList<AgendaItem> MentorQuestions,
    IReadOnlyList<AgendaAction> OpenActionItems,
    IReadOnlyList<AgendaAction> DoneSinceLast,
    AgendaEvaluation? Evaluation)
{
    private static readonly JsonSerializerOptions Camel = new(JsonSerializerDefaults.Web);

    /// <summary>The model as plain dictionaries and lists, the shape a logic-less template binds to.</summary>
    public object ToTemplateData() => Plain(JsonSerializer.SerializeToNode(this, Camel))!;

    private static object? Plain(JsonNode? node) => node switch
    {
        JsonObject o => o.ToDictionary(p => p.Key, p => Plain(p.Value)),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v => v.ToString(),
        _ => null,
    };
}

/// <summary>The agreement.</summary>
public sealed record AgendaRelationship(string Purpose, IReadOnlyList<string> Goals, string Cadence, int DurationMinutes, int MeetingCount, int EvaluateAfterMeetings);

/// <summary>This session: its number and its start in each person's zone.</summary>
public sealed record AgendaSession(int Number, string StartForMentee, string MenteeTimeZone, string StartForMentor, string MentorTimeZone, DateTimeOffset Start);

/// <summary>Who is who.</summary>
public sealed record AgendaNames(string Mentee, string Mentor);

/// <summary>A discussion item or a question, with who wrote it.</summary>
public sealed record AgendaItem(string Text, string Author);

/// <summary>An action item as the agenda shows it.</summary>
public sealed record AgendaAction(string Text, string Owner, string OwnerName, string? DueDate, bool Overdue, string? CompletedOn);

/// <summary>Shown at the agreed evaluation point.</summary>
public sealed record AgendaEvaluation(string Prompt);
