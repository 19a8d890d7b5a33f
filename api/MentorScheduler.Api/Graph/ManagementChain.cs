namespace MentorScheduler.Api.Graph;

/// <summary>A user as the directory has them (null if it answered nothing) and their managers, nearest first.</summary>
public sealed record ManagementChain(DirectoryPerson? Person, IReadOnlyList<DirectoryPerson> Managers);
