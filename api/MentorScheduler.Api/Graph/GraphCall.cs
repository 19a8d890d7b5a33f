namespace MentorScheduler.Api.Graph;

/// <summary>One kind of Graph call the product makes, who it runs as, and the least permission Graph needs for it.</summary>
public sealed record GraphCall(string Call, string Purpose, GraphActor Actor, string Permission);
