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
