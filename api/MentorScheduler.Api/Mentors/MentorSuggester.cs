using System.Globalization;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using NodaTime;

namespace MentorScheduler.Api.Mentors;

/// <summary>
/// Ranks the people who said they mentor (their profiles in the record) for the caller and their goals, with the
/// reasons in words (issue 18): expertise matching a goal, a function or level none of the caller's mentors has,
/// working hours in common across zones, room left. Never the caller, anyone in their management chain at any depth,
/// a current mentor, or anyone closed or full. Graph is asked three times whatever the tenant's size: the chain, one
/// batch of the candidates' and the current mentors' directory entries (delegated), one batch of mailbox settings
/// (the application's: Exchange refuses another's delegated); the answer is kept five minutes per caller and goals.
/// </summary>
public sealed class MentorSuggester(MentorSchedulerDb db, PeopleDirectory directory, IGraphClients graph,
    GraphBatcher batcher, MailboxWeeks mailboxWeeks, IMemoryCache cache, TimeProvider clock)
{
    /// <summary>Candidates looked at closely: with the caller's settings and up to a few current mentors, within one batch of 20.</summary>
    public const int MostCandidates = 9;
    private const int MostCurrentMentors = 5;
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(5);
    private static readonly RelationshipStatus[] Open = [RelationshipStatus.Proposed, RelationshipStatus.Agreed, RelationshipStatus.Invited, RelationshipStatus.Active];
    private static readonly string[] Select = ["id", "displayName", "userPrincipalName", "mail", "jobTitle", "department", "officeLocation"];

    public async Task<IReadOnlyList<MentorSuggestionDto>> SuggestAsync(CurrentUser user, IReadOnlyList<string> goals, int count, CancellationToken ct)
    {
        var key = $"mentor-suggestions:{user.TenantId}:{user.ObjectId}:{string.Join('\n', goals)}";
        if (cache.TryGetValue(key, out List<MentorSuggestionDto>? kept) && kept is not null) return kept.Take(count).ToList();

        var chain = await directory.ManagementChainAsync(user.ObjectId, ct);
        var excluded = chain.Managers.Select(m => m.Id).Append(user.ObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var mine = await db.Relationships.AsNoTracking()
            .Where(r => r.TenantId == user.TenantId && r.MenteeId == user.ObjectId && r.Status != RelationshipStatus.Declined && r.Status != RelationshipStatus.Withdrawn)
            .Select(r => new { r.MentorId, r.Status, r.Goals }).ToListAsync(ct);
        foreach (var r in mine.Where(r => Open.Contains(r.Status))) excluded.Add(r.MentorId);
        var allGoals = goals.Concat(mine.Where(r => Open.Contains(r.Status)).SelectMany(r => r.Goals)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var open = await db.MentorProfiles.AsNoTracking().Where(p => p.TenantId == user.TenantId && p.OpenToMentoring).ToListAsync(ct);
        open = open.Where(p => !excluded.Contains(p.UserId)).ToList();
        var ids = open.Select(p => p.UserId).ToList();
        var mentees = await db.Relationships.AsNoTracking()
            .Where(r => r.TenantId == user.TenantId && ids.Contains(r.MentorId) && Open.Contains(r.Status))
            .GroupBy(r => r.MentorId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var candidates = open
            .Select(p => (Profile: p, Room: p.MaxMentees - mentees.GetValueOrDefault(p.UserId), Matches: Matches(p.Expertise, allGoals)))
            .Where(c => c.Room > 0)
            .OrderByDescending(c => c.Matches.Count).ThenByDescending(c => c.Room).ThenBy(c => c.Profile.UserId, StringComparer.Ordinal)
            .Take(MostCandidates).ToList();
        if (candidates.Count == 0)
        {
            cache.Set(key, new List<MentorSuggestionDto>(), Kept);
            return [];
        }

        var currentMentors = mine.Where(r => r.Status != RelationshipStatus.Proposed).Select(r => r.MentorId).Distinct().Take(MostCurrentMentors).ToList();
        var people = await DirectoryEntriesAsync(candidates.Select(c => c.Profile.UserId).Concat(currentMentors).ToList(), user.ObjectId, ct);
        var weeks = await mailboxWeeks.OfAsync(user.TenantId, candidates.Select(c => c.Profile.UserId).Append(user.ObjectId).ToList(), ct);
        var mentorLevels = currentMentors.Select(id => people.GetValueOrDefault(id)).Where(p => p is not null).Select(p => CareerLevel.Of(p!.JobTitle)).ToHashSet();
        var mentorFunctions = currentMentors.Select(id => people.GetValueOrDefault(id)?.Department).Where(d => d is not null).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var monday = LocalDate.FromDateTime(clock.GetUtcNow().UtcDateTime).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

        var ranked = new List<MentorSuggestionDto>();
        foreach (var (profile, room, matches) in candidates)
        {
            if (!people.TryGetValue(profile.UserId, out var person)) continue; // gone from the directory
            var score = 0.0;
            var reasons = new List<string>();
            foreach (var (tag, goal) in matches.Take(2))
            {
                score += 3;
                reasons.Add($"Expertise in {tag}, which your goal “{goal}” is about.");
            }
            var level = CareerLevel.Of(person.JobTitle);
            if (person.Department is { } department)
            {
                if (mentorFunctions.Count > 0 && !mentorFunctions.Contains(department))
                {
                    score += 2;
                    reasons.Add($"Works in {department}, where none of your mentors is.");
                }
                else if (mentorFunctions.Count == 0 && !string.Equals(department, chain.Person?.Department, StringComparison.OrdinalIgnoreCase))
                {
                    score += 1;
                    reasons.Add($"Works in {department}, outside your own department.");
                }
            }
            if (mentorLevels.Count > 0 && !mentorLevels.Contains(level))
            {
                score += 1;
                reasons.Add($"At a level none of your mentors is at ({level}).");
            }
            if (weeks.GetValueOrDefault(user.ObjectId) is { } mineWeek && weeks.GetValueOrDefault(profile.UserId) is { } theirs)
            {
                var shared = mineWeek.SharedHours(theirs, monday);
                if (shared <= 0)
                {
                    score -= 3;
                    reasons.Add("No working hours in common with yours.");
                }
                else
                {
                    score += Math.Min(shared / 10, 2);
                    reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{shared:0.#} hours a week of working hours in common with yours ({theirs.Zone.Id})."));
                }
            }
            score += Math.Min(room, 3) * 0.5;
            reasons.Add(room == 1 ? "Room for one more mentee." : $"Room for {room} more mentees.");
            ranked.Add(new MentorSuggestionDto(person.Upn, person.DisplayName, person.JobTitle, person.Department, Math.Round(score, 1), reasons));
        }
        var best = ranked.OrderByDescending(s => s.Score).ThenBy(s => s.DisplayName, StringComparer.CurrentCulture).ToList();
        cache.Set(key, best, Kept);
        return best.Take(count).ToList();
    }

    /// <summary>Each expertise tag that a goal speaks of (the tag, or every word of it of four letters or more, in the goal), with that goal.</summary>
    public static List<(string Tag, string Goal)> Matches(IReadOnlyList<string> expertise, IReadOnlyList<string> goals)
    {
        var found = new List<(string, string)>();
        foreach (var tag in expertise)
        {
            var words = tag.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).ToList();
            var goal = goals.FirstOrDefault(g => g.Contains(tag, StringComparison.OrdinalIgnoreCase)
                || (words.Count > 0 && words.All(w => g.Contains(w, StringComparison.OrdinalIgnoreCase))));
            if (goal is not null) found.Add((tag, goal));
        }
        return found;
    }

    private async Task<Dictionary<string, DirectoryPerson>> DirectoryEntriesAsync(List<string> ids, string callerId, CancellationToken ct)
    {
        var client = graph.ForCurrentUser();
        var steps = ids.Distinct().Select(id => new GraphStep(id, callerId, () => client.Users[id].ToGetRequestInformation(rc => rc.QueryParameters.Select = Select))).ToList();
        var outcomes = await batcher.RunAsync(client, steps, idempotent: true, ct);
        var people = new Dictionary<string, DirectoryPerson>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, outcome) in outcomes.Where(o => o.Value.Succeeded))
            if (await KiotaJsonSerializer.DeserializeAsync(outcome.Body, User.CreateFromDiscriminatorValue, ct) is { Id: not null } user)
                people[id] = DirectoryPerson.From(user);
        return people;
    }
}
