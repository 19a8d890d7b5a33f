using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Testing;

/// <summary>
/// A small program with counts worked out by hand, seeded straight into the record, with the clock at
/// <see cref="Now"/> (Monday 1 March 2027, 09:00 UTC). What each relationship adds up to is beside it; the tests
/// assert those numbers. One relationship of another tenant must never count.
/// </summary>
public static class ProgramWorld
{
    public static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    public const string OtherTenant = "11111111-2222-4333-8444-555555555555";

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 14, 0, 0, TimeSpan.Zero);

    public static async Task SeedAsync(TestApp app, string tenantId)
    {
        app.Clock.SetUtcNow(Now);
        var seed = new ProgramSeeder(tenantId);

        // R1 active weekly with Megan: 8 held (4 Jan to 22 Feb), notes on all; evaluation after 4 is overdue.
        var r1 = seed.Relationship("Adele Vance", RelationshipStatus.Active, Frequency.Weekly, "Megan Bowen", "Move into product management",
            new DateTimeOffset(2026, 12, 21, 0, 0, 0, TimeSpan.Zero));
        seed.SessionsEvery(r1, At(2027, 1, 4), 8, 7, notesOn: _ => true);

        // R2 active weekly with Megan: 4 held (February), 4 planned (March); notes only on 1 Feb: quiet; evaluation due.
        var r2 = seed.Relationship("Alex Wilber", RelationshipStatus.Active, Frequency.Weekly, "Megan Bowen", "=HYPERLINK(\"x\") lead, \"well\"",
            new DateTimeOffset(2027, 1, 20, 0, 0, 0, TimeSpan.Zero));
        seed.SessionsEvery(r2, At(2027, 2, 1), 8, 7, notesOn: n => n == 1);

        // R3 active monthly with Lee: held 7 Dec (notes), cancelled 4 Jan, held 1 Feb (notes), planned 8 Mar and 5 Apr.
        var r3 = seed.Relationship("Pradeep Gupta", RelationshipStatus.Active, Frequency.Monthly, "Lee Gu", "Lead a platform team",
            new DateTimeOffset(2026, 11, 15, 0, 0, 0, TimeSpan.Zero));
        seed.Session(r3, At(2026, 12, 7), notes: true);
        seed.Session(r3, At(2027, 1, 4), SessionStatus.Cancelled);
        seed.Session(r3, At(2027, 2, 1), notes: true);
        seed.Session(r3, At(2027, 3, 8));
        seed.Session(r3, At(2027, 4, 5));

        // R4 proposed to Nestor; R6 declined by Megan: no sessions.
        seed.Relationship("Isaiah Langer", RelationshipStatus.Proposed, Frequency.Weekly, "Nestor Wilke", "Sales to product",
            new DateTimeOffset(2027, 2, 25, 0, 0, 0, TimeSpan.Zero));
        seed.Relationship("Grady Archie", RelationshipStatus.Declined, Frequency.Weekly, "Megan Bowen", "Marketing",
            new DateTimeOffset(2027, 2, 10, 0, 0, 0, TimeSpan.Zero));

        // R5 ended with Lee: held 12 and 19 Oct, cancelled 26 Oct.
        var r5 = seed.Relationship("Johanna Lorenz", RelationshipStatus.Ended, Frequency.Weekly, "Lee Gu", "Data leadership",
            new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));
        seed.Session(r5, At(2026, 10, 12));
        seed.Session(r5, At(2026, 10, 19));
        seed.Session(r5, At(2026, 10, 26), SessionStatus.Cancelled);
        r5.EndedAt = new DateTimeOffset(2026, 10, 27, 0, 0, 0, TimeSpan.Zero);

        // R7 active quarterly with Nestor: held 1 Jul (notes), 1 Oct, 5 Jan; planned 1 Apr; decided after meeting 2; quiet (notes).
        var r7 = seed.Relationship("Patti Fernandez", RelationshipStatus.Active, Frequency.Quarterly, "Nestor Wilke", "Strategy",
            new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), evaluateAfter: 2);
        seed.Session(r7, At(2026, 7, 1), notes: true);
        seed.Session(r7, At(2026, 10, 1));
        seed.Session(r7, At(2027, 1, 5));
        seed.Session(r7, At(2027, 4, 1));
        seed.Decide(r7, "continue", At(2026, 10, 2));

        // Another tenant's active relationship with Megan: counted nowhere.
        var other = new ProgramSeeder(OtherTenant);
        var foreign = other.Relationship("Adele Vance", RelationshipStatus.Active, Frequency.Weekly, "Megan Bowen", "Elsewhere",
            new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        other.SessionsEvery(foreign, At(2027, 1, 4), 8, 7, notesOn: _ => true);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        foreach (var s in new[] { seed, other })
        {
            db.Relationships.AddRange(s.Relationships);
            db.Sessions.AddRange(s.Sessions);
            db.SessionNoteVersions.AddRange(s.Notes);
            db.Decisions.AddRange(s.Decisions);
        }
        db.MentorCapacities.Add(new MentorCapacity { TenantId = tenantId, MentorId = "seed-lee-gu", MeetingsPerMonth = 6 });
        await db.SaveChangesAsync();
    }
}
