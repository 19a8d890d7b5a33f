namespace MentorScheduler.Api.Tests.Live;

/// <summary>The contract against the simulator as Simulated mode uses it.</summary>
public sealed class LenientGraphContractTests : GraphContractTests
{
    protected override bool Strict => false;
}
