using System.Text.Json;

namespace MentorScheduler.Api.Notes;

/// <summary>
/// The body of <c>PATCH .../action-items/{itemId}</c>: only the fields present change; <c>"dueDate": null</c>
/// removes the due date.
/// </summary>
public sealed record ActionItemPatch(string? Text, string? Owner, JsonElement DueDate, string? Status);
