namespace MentorScheduler.Api.Agendas;

/// <summary>The body of <c>PATCH .../items/{itemId}</c>.</summary>
public sealed record ItemUpdate(string? Text);
