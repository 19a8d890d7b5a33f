namespace MentorScheduler.Api.Admin;

/// <summary>
/// Evaluations of active relationships that are due or overdue now, and every decision recorded at an evaluation
/// point (<c>done</c>).
/// </summary>
public sealed record EvaluationCounts(int Due, int Overdue, int Done);
