namespace MentorScheduler.Api.Agendas;

/// <summary>The body of <c>POST .../items</c>.</summary>
public sealed record ItemRequest(string? Text, string? Kind);
