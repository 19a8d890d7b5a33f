using System.Net;
using System.Text.RegularExpressions;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// The mentor agreed to the relationship but declined the series in Outlook: it is about the time (API.md "The
/// relationship's life"). The mentor's comment is read from the response Outlook sent the mentee (the organiser),
/// the series is cancelled in Outlook, and in one save the relationship returns to <c>agreed</c> with the comment, its
/// unheld sessions leave the record (those with items or notes stay, cancelled), the next booking gets a new series
/// version, and the mentee is told by mail. Each step is safe to repeat: a failure is retried by the caller.
/// </summary>
public sealed partial class SeriesDeclined(MentorSchedulerDb db, IGraphClients graph, IEnumerable<ISessionContent> content, MailSignal mail, TimeProvider clock,
    ILogger<SeriesDeclined> logger)
{
    /// <summary><paramref name="seriesInOutlook"/>: the series still exists there and is cancelled first.</summary>
    public async Task ReturnToAgreedAsync(Relationship r, bool seriesInOutlook, CancellationToken ct)
    {
        var client = graph.ForTenant(r.TenantId);
        var comment = await CommentAsync(client, r, ct);
        if (seriesInOutlook)
        {
            try
            {
                await client.Users[r.MenteeUpn].Events[r.SeriesEventId].Cancel.PostAsync(
                    new CancelPostRequestBody { Comment = $"{r.MentorDisplayName} declined this time; a new one will follow." }, cancellationToken: ct);
            }
            catch (ODataError e) when (e.ResponseStatusCode == StatusCodes.Status404NotFound)
            {
                // Already gone (an earlier attempt, or deleted in Outlook).
            }
        }

        var now = clock.GetUtcNow();
        var sessions = await db.Sessions.Where(s => s.RelationshipId == r.Id && s.SeriesVersion == r.SeriesVersion).ToListAsync(ct);
        var withContent = new HashSet<Guid>();
        foreach (var feature in content) withContent.UnionWith(await feature.SessionsWithContentAsync(sessions.Select(s => s.Id).ToList(), ct));
        foreach (var session in sessions.Where(s => s.Start > now || !withContent.Contains(s.Id)))
        {
            if (withContent.Contains(session.Id)) session.Status = SessionStatus.Cancelled;
            else db.Sessions.Remove(session);
        }
        EvaluationPoint.Recompute(r, (await db.Sessions.Where(s => s.RelationshipId == r.Id).ToListAsync(ct)).Where(s => db.Entry(s).State != EntityState.Deleted));

        r.Status = RelationshipStatus.Agreed;
        if (comment is not null) r.MentorComment = comment; // a decline without words keeps the mentor's earlier comment
        r.SeriesEventId = null;
        r.SeriesStart = null;
        r.SeriesTimeZone = null;
        r.SeriesVersion++;
        r.EvaluationDueAtMs = null;
        r.UpdatedAt = now;
        r.RowVersion++;
        LifecycleMails.SeriesDeclinedToMentee(db, r, comment, now);
        await db.SaveChangesAsync(ct);
        mail.Queued();
        logger.LogInformation("The mentor declined the series of relationship {RelationshipId} in Outlook; it is agreed again, for the mentee to book another time.", r.Id);
    }

    /// <summary>The words of the mentor's most recent "Declined:" response to this series in the mentee's inbox, as text; null if none.</summary>
    private static async Task<string?> CommentAsync(Microsoft.Graph.GraphServiceClient client, Relationship r, CancellationToken ct)
    {
        var page = await client.Users[r.MenteeUpn].MailFolders["inbox"].Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = $"from/emailAddress/address eq '{r.MentorMail.Replace("'", "''", StringComparison.Ordinal)}'";
            rc.QueryParameters.Orderby = ["receivedDateTime desc"];
            rc.QueryParameters.Top = 10;
        }, ct);
        var subject = AgreementSummary.Subject(r);
        var response = page?.Value?.OfType<EventMessageResponse>().FirstOrDefault(m =>
            m.ResponseType is null or ResponseType.Declined && m.Subject?.EndsWith(subject, StringComparison.OrdinalIgnoreCase) == true);
        if (response?.Body?.Content is not { } body) return null;
        var text = response.Body.ContentType == BodyType.Html ? WebUtility.HtmlDecode(Tags().Replace(Blocks().Replace(body, "\n"), string.Empty)) : body;
        text = Spaces().Replace(text, "\n").Trim();
        if (text.Length == 0) return null;
        return text.Length <= Relationship.MaxCommentLength ? text : text[..Relationship.MaxCommentLength];
    }

    [GeneratedRegex(@"<(script|style|head)\b[^>]*>.*?</\1\s*>|<[^>]+>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Tags();

    [GeneratedRegex(@"<\s*(br|/p|/div)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex Spaces();
}
