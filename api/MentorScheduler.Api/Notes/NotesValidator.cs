using System.Globalization;
using System.Text.Json;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Infrastructure;

namespace MentorScheduler.Api.Notes;

/// <summary>
/// The field rules for notes and action items. Each broken rule is reported under the camelCase path of its
/// field (<c>meetingNotes</c>, <c>actionItems[3].text</c>), with a message that says what to fix.
/// </summary>
public static class NotesValidator
{
    public const int TextMaxLength = 20_000;
    public const int MaxActionItems = 50;
    public const int ActionTextMaxLength = 1000;

    /// <summary>The notes the request describes, or the errors keyed by field.</summary>
    /// <summary>A new action item from <c>POST .../action-items</c>, or the errors keyed by field.</summary>
    public static (ValidActionItem? Item, Dictionary<string, string[]> Errors) NewItem(ActionItemInput? request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request is null)
        {
            errors["body"] = ["Send the action item as a JSON object with text and owner."];
            return (null, errors);
        }
        if (request.Id is not null) errors["id"] = ["Leave out the id: the API gives a new item its id."];
        var item = Item(request, string.Empty, errors);
        return errors.Count > 0 ? (null, errors) : (item, errors);
    }

    public static (ValidNotes? Notes, Dictionary<string, string[]> Errors) Validate(NotesRequest? request)
    {
        if (request is null) return (null, new Dictionary<string, string[]> { ["body"] = ["Send the notes as a JSON object."] });
        var errors = new Dictionary<string, string[]>();
        var meetingNotes = Section(request.MeetingNotes, "meetingNotes", errors);
        var mentorAdvice = Section(request.MentorAdvice, "mentorAdvice", errors);
        var myActionPlan = Section(request.MyActionPlan, "myActionPlan", errors);
        var questions = Section(request.QuestionsForNextTime, "questionsForNextTime", errors);

        var items = new List<ValidActionItem>();
        var inputs = request.ActionItems ?? [];
        if (inputs.Count > MaxActionItems)
            errors["actionItems"] = [$"There are {inputs.Count} action items; a session holds at most {MaxActionItems}. Combine some, or mark finished ones done."];
        else
        {
            var seen = new HashSet<Guid>();
            for (var i = 0; i < inputs.Count; i++)
            {
                var prefix = $"actionItems[{i}]";
                if (inputs[i] is not { } input)
                {
                    errors[prefix] = ["An action item cannot be null; remove it or give its text and owner."];
                    continue;
                }
                if (input.Id is { } id && !seen.Add(id))
                    errors[$"{prefix}.id"] = [$"Action item {id} appears more than once; send each item once."];
                if (Item(input, prefix + ".", errors) is { } item) items.Add(item);
            }
        }

        if (errors.Count > 0) return (null, errors);
        return (new ValidNotes(meetingNotes, mentorAdvice, myActionPlan, questions, items), errors);
    }

    /// <summary>One action item; errors are keyed by <paramref name="prefix"/> + field name.</summary>
    public static ValidActionItem? Item(ActionItemInput input, string prefix, Dictionary<string, string[]> errors)
    {
        var before = errors.Count;
        var text = Text(input.Text, prefix + "text", errors);
        ActionOwner? owner = null;
        if (string.IsNullOrWhiteSpace(input.Owner))
            errors[prefix + "owner"] = ["Say who does it: mentee or mentor."];
        else
            owner = Owner(input.Owner, prefix + "owner", errors);
        var due = input.DueDate is null ? null : DueDate(input.DueDate, prefix + "dueDate", errors);
        var status = input.Status is null ? null : Status(input.Status, prefix + "status", errors);
        if (errors.Count > before) return null;
        return new ValidActionItem(input.Id, text!, owner!.Value, due, status);
    }

    /// <summary>A change to one action item; only the fields present are checked.</summary>
    public static (ValidActionItemPatch? Patch, Dictionary<string, string[]> Errors) Validate(ActionItemPatch patch)
    {
        var errors = new Dictionary<string, string[]>();
        var text = patch.Text is null ? null : Text(patch.Text, "text", errors);
        var owner = patch.Owner is null ? null : Owner(patch.Owner, "owner", errors);
        var status = patch.Status is null ? null : Status(patch.Status, "status", errors);
        var changeDue = patch.DueDate.ValueKind != JsonValueKind.Undefined;
        DateOnly? due = null;
        if (patch.DueDate.ValueKind == JsonValueKind.String)
            due = DueDate(patch.DueDate.GetString()!, "dueDate", errors);
        else if (changeDue && patch.DueDate.ValueKind != JsonValueKind.Null)
            errors["dueDate"] = ["Give the due date as yyyy-MM-dd, or null to remove it."];

        if (text is null && owner is null && status is null && !changeDue && errors.Count == 0)
            errors["body"] = ["Send at least one of status, dueDate, text or owner."];
        if (errors.Count > 0) return (null, errors);
        return (new ValidActionItemPatch(text, owner, changeDue, due, status), errors);
    }

    private static string Section(string? markdown, string field, Dictionary<string, string[]> errors)
    {
        var text = markdown ?? string.Empty;
        if (text.Length > TextMaxLength)
            errors[field] = [$"This section is {text.Length} characters; keep each section to {TextMaxLength}. Move older material into another session's notes, or shorten it."];
        else if (!NotesMarkdown.TryToHtml(text, out _))
            errors[field] = ["This section nests lists or quotes too deeply to be shown; flatten the nesting and save again."];
        return text;
    }

    private static string? Text(string? value, string field, Dictionary<string, string[]> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
            errors[field] = ["Say what is to be done; an action item needs text."];
        else if (text.Length > ActionTextMaxLength)
            errors[field] = [$"This action item is {text.Length} characters; keep it to {ActionTextMaxLength}."];
        else
            return text;
        return null;
    }

    private static ActionOwner? Owner(string value, string field, Dictionary<string, string[]> errors)
    {
        if (EnumText.TryParse<ActionOwner>(value, out var owner)) return owner;
        errors[field] = [$"'{value}' is not an owner; use mentee or mentor."];
        return null;
    }

    private static ActionStatus? Status(string value, string field, Dictionary<string, string[]> errors)
    {
        if (EnumText.TryParse<ActionStatus>(value, out var status)) return status;
        errors[field] = [$"'{value}' is not a status; use open or done."];
        return null;
    }

    private static DateOnly? DueDate(string value, string field, Dictionary<string, string[]> errors)
    {
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[field] = [$"'{value}' is not a date; give the due date as yyyy-MM-dd, for example 2027-01-18."];
            return null;
        }
        if (date.Year is < AgreementRules.EarliestDueYear or > AgreementRules.LatestDueYear)
        {
            errors[field] = [$"{value} is too far off; give a due date in the years {AgreementRules.EarliestDueYear} to {AgreementRules.LatestDueYear}."];
            return null;
        }
        return date;
    }
}
