using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;

namespace MentorScheduler.Api.Scheduling;

/// <summary>Cancels one meeting of the series in Outlook; the session stays in the record as cancelled.</summary>
public sealed class SessionCanceller(MentorSchedulerDb db, IGraphClients graph, TimeProvider clock)
{
    /// <summary>False when the session has already started or been held (it cannot be cancelled then).</summary>
    public async Task<bool> CancelAsync(Relationship r, Session session, string? comment, CancellationToken ct)
    {
        if (session.Status == SessionStatus.Cancelled) return true;
        if (session.Start <= clock.GetUtcNow()) return false;

        var text = string.IsNullOrWhiteSpace(comment) ? "This mentoring session is cancelled." : comment.Trim();
        try
        {
            await graph.ForCurrentUser().Users[r.MenteeUpn].Events[session.OccurrenceId].Cancel
                .PostAsync(new CancelPostRequestBody { Comment = text }, cancellationToken: ct);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            // Already gone from Outlook: the record simply catches up.
        }
        session.Status = SessionStatus.Cancelled;
        // The evaluation follows the meetings that take place: a cancelled one moves it to the next.
        EvaluationPoint.Recompute(r, await db.Sessions.Where(s => s.RelationshipId == r.Id).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
