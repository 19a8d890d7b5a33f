namespace MentorScheduler.Testing;

/// <summary>The checkout the tests run from: the folder above the test's output that holds MentorScheduler.sln.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MentorScheduler.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository (MentorScheduler.sln) is not above the test's output folder.");
    }
}
