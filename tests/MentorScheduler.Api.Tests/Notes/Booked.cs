using System.Text.Json;

namespace MentorScheduler.Api.Tests.Notes;

/// <summary>A booked relationship and its sessions as <c>/sessions</c> listed them.</summary>
public sealed record Booked(string Id, List<JsonElement> Sessions)
{
    public string SessionId(int index) => Sessions[index].GetProperty("id").GetString()!;
}
