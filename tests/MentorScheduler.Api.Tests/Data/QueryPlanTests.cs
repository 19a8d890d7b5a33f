using System.Security.Claims;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Relationships;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Api.Tests.Data;

/// <summary>
/// The plans SQLite chooses for the reads a person waits on, as it chooses them without statistics (a new database,
/// or one whose statistics are older than its data): by index, never by walking the tenant.
/// </summary>
public sealed class QueryPlanTests : IAsyncLifetime
{
    private readonly TestApp _app = new();

    public async Task InitializeAsync() => (await _app.ClientFor("adele.vance")).Dispose();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task APersonsListFindsEachSideByMenteeOrMentorAndReadsItInIdOrderWithoutASort()
    {
        var plan = await PlanAsync(admin: false);

        Assert.Contains(plan, step => step.Contains("USING INDEX IX_Relationships_TenantId_MenteeId_Id (TenantId=? AND MenteeId=?)", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("USING INDEX IX_Relationships_TenantId_MentorId_Id (TenantId=? AND MentorId=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAdminsPageReadsTheTenantInIdOrderWithoutASort()
    {
        var plan = await PlanAsync(admin: true);

        Assert.Contains(plan, step => step.Contains("USING INDEX IX_Relationships_TenantId_Id (TenantId=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    /// <summary>EXPLAIN QUERY PLAN of the list endpoint's first page, for a participant or a program admin.</summary>
    private async Task<List<string>> PlanAsync(bool admin)
    {
        var claims = new List<Claim> { new("tid", "6f1c2a9e-4b7d-4e51-9a3c-0d2e8b7f5a10"), new("oid", Guid.NewGuid().ToString()) };
        if (admin) claims.Add(new("roles", ApiPermissions.AdminRole));
        var user = new CurrentUser(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) } });
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        var text = RelationshipsApi.Page(db.Relationships.VisibleTo(user), 0, RelationshipsApi.DefaultPage + 1).ToQueryString();

        // ToQueryString writes SQLite's `.param set @name value` lines before the statement.
        var lines = text.Split('\n');
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param set ", StringComparison.Ordinal)));
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line[".param set ".Length..].Trim().Split(' ', 2);
            var parameter = command.CreateParameter();
            parameter.ParameterName = parts[0];
            parameter.Value = parts[1].StartsWith('\'') ? parts[1].Trim('\'') : long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
        }
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        Assert.NotEmpty(plan);
        return plan;
    }
}
