namespace MentorScheduler.Api.Tests.Live;

/// <summary>The contract against the simulator in strict-token mode, with Live mode's tokens.</summary>
public sealed class StrictGraphContractTests : GraphContractTests
{
    protected override bool Strict => true;
}
