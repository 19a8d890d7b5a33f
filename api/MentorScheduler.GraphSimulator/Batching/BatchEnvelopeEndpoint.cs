namespace MentorScheduler.GraphSimulator.Batching;

/// <summary>Endpoint metadata that marks the <c>$batch</c> envelope route, so filters can tell it from operations.</summary>
public sealed class BatchEnvelopeEndpoint;
