namespace MentorScheduler.GraphSimulator.Batching;

/// <summary>The header the <c>$batch</c> endpoint puts on each step it sends back to the simulator.</summary>
public static class BatchStepHeader
{
    public const string Name = "X-GraphSim-Batch-Step";
}
