using Scriban.Runtime;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// The agenda as a template sees it: plain Scriban objects and arrays with snake_case names
/// (<c>{{ relationship.purpose }}</c>, <c>{{ for item in open_action_items }}</c>), never a .NET object, so a
/// template reaches nothing but these values. README's variable reference lists every name.
/// </summary>
public static class AgendaTemplateModel
{
    public static ScriptObject From(AgendaModel model)
    {
        var root = new ScriptObject
        {
            ["relationship"] = Object(
                ("purpose", model.Relationship.Purpose),
                ("goals", Array(model.Relationship.Goals.Cast<object?>())),
                ("cadence", model.Relationship.Cadence),
                ("duration_minutes", model.Relationship.DurationMinutes),
                ("meeting_count", model.Relationship.MeetingCount),
                ("evaluate_after_meetings", model.Relationship.EvaluateAfterMeetings)),
            ["session"] = Object(
                ("number", model.Session.Number),
                ("start_for_mentee", model.Session.StartForMentee),
                ("mentee_time_zone", model.Session.MenteeTimeZone),
                ("start_for_mentor", model.Session.StartForMentor),
                ("mentor_time_zone", model.Session.MentorTimeZone)),
            ["names"] = Object(("mentee", model.Names.Mentee), ("mentor", model.Names.Mentor)),
            ["discussion_items"] = Array(model.DiscussionItems.Select(Item)),
            ["mentor_questions"] = Array(model.MentorQuestions.Select(Item)),
            ["mentee_questions"] = Array(model.MenteeQuestions.Select(Item)),
            ["previous_questions"] = model.PreviousQuestions,
            ["reader"] = model.Reader,
            ["open_action_items"] = Array(model.OpenActionItems.Select(Action)),
            ["done_since_last"] = Array(model.DoneSinceLast.Select(Action)),
            ["evaluation"] = model.Evaluation is { } evaluation ? Object(("prompt", evaluation.Prompt)) : null,
        };
        return root;
    }

    /// <summary>Every variable name a template can use, for the reference and its test.</summary>
    public static IReadOnlyList<string> Names() => Flatten(From(AgendaSample.Model()), string.Empty).ToList();

    private static IEnumerable<string> Flatten(ScriptObject o, string prefix)
    {
        foreach (var (key, value) in o)
        {
            var name = prefix + key;
            yield return name;
            var inner = value switch
            {
                ScriptObject child => Flatten(child, name + "."),
                ScriptArray { Count: > 0 } a when a[0] is ScriptObject item => Flatten(item, name + "[]."),
                _ => [],
            };
            foreach (var n in inner) yield return n;
        }
    }

    private static ScriptObject Item(AgendaItem item) => Object(("text", item.Text), ("author", item.Author), ("author_role", item.AuthorRole));

    private static ScriptObject Action(AgendaAction a) => Object(
        ("text", a.Text), ("owner", a.Owner), ("owner_name", a.OwnerName), ("due_date", a.DueDate), ("overdue", a.Overdue),
        ("completed_on", a.CompletedOn));

    private static ScriptObject Object(params (string Name, object? Value)[] members)
    {
        var o = new ScriptObject();
        foreach (var (name, value) in members) o.SetValue(name, value, readOnly: true);
        return o;
    }

    private static ScriptArray Array(IEnumerable<object?> values) => new(values);
}
