namespace MentorScheduler.Benchmarks;

/// <summary>One benchmark scenario, chosen by the first command-line argument (Program.cs).</summary>
public interface IScenario
{
    /// <summary>The first command-line argument that runs it.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Summary { get; }

    /// <summary>Runs the scenario with the remaining arguments; the process's exit code.</summary>
    Task<int> RunAsync(string[] args);
}
