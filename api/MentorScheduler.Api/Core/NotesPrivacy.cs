using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Core;

/// <summary>
/// Keeps what the mentee and the mentor write between them (<see cref="PrivacyOptions"/>): routes that answer its
/// text refuse a program admin who is not a participant with 403, unless the tenant lets admins read notes. The
/// check reads the record only for callers with the admin role, so participants pay nothing for it.
/// </summary>
public static class NotesPrivacy
{
    public const string Code = "notesPrivate";

    /// <summary>The 403 a program admin gets for the text of someone else's notes, reflections or agenda items.</summary>
    public static ProblemHttpResult Refusal(Relationship r) =>
        Problems.Forbidden("Notes are private to the mentee and the mentor",
            $"What {r.MenteeDisplayName} and {r.MentorDisplayName} write (notes, action items, reflections and agenda items) is theirs. " +
            "As a program admin you see the agreement, the sessions, evaluation ratings and decisions, and counts. " +
            "Your organisation can let program admins read notes with the setting Privacy:AdminsReadNotes.", Code);

    /// <summary>True when this caller, in this role, may read the text of the relationship's notes.</summary>
    public static bool MayRead(RelationshipRole role, PrivacyOptions options) =>
        role is RelationshipRole.Mentee or RelationshipRole.Mentor || (role == RelationshipRole.Admin && options.AdminsReadNotes);

    /// <summary>Applies the rule to every route of a group whose <c>{id}</c> is a relationship.</summary>
    public static TBuilder KeepsNotesPrivate<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var user = http.RequestServices.GetRequiredService<CurrentUser>();
            if (!user.IsProgramAdmin || !Guid.TryParse(http.Request.RouteValues["id"]?.ToString(), out var id)) return await next(context);
            var options = http.RequestServices.GetRequiredService<IOptions<PrivacyOptions>>().Value;
            if (options.AdminsReadNotes) return await next(context);

            var db = http.RequestServices.GetRequiredService<MentorSchedulerDb>();
            var r = await db.Relationships.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, http.RequestAborted);
            // Not visible: the endpoint answers its own 404. A participant who is also an admin reads as the participant.
            if (r is null || MayRead(AccessRule.RoleOf(r, user), options)) return await next(context);
            return Refusal(r);
        });
}
