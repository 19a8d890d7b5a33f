using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MentorScheduler.Api.Data.Migrations;

/// <summary>
/// The relationship agreements. Written by hand (no <c>dotnet ef</c> here) and provider-agnostic: column
/// types come from each provider's mapping of the CLR type, so SQLite and PostgreSQL both apply it.
/// </summary>
[DbContext(typeof(MentorSchedulerDb))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Relationships",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<string>(nullable: false),
                MenteeId = table.Column<string>(nullable: false),
                MenteeUpn = table.Column<string>(nullable: false),
                MenteeDisplayName = table.Column<string>(nullable: false),
                MentorId = table.Column<string>(nullable: false),
                MentorUpn = table.Column<string>(nullable: false),
                MentorDisplayName = table.Column<string>(nullable: false),
                Purpose = table.Column<string>(nullable: false),
                Goals = table.Column<string>(nullable: false),
                Frequency = table.Column<string>(nullable: false),
                DurationMinutes = table.Column<int>(nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                MeetingCount = table.Column<int>(nullable: false),
                EvaluateAfterMeetings = table.Column<int>(nullable: false),
                TimeZone = table.Column<string>(nullable: false),
                Status = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Relationships", r => r.Id));

        migrationBuilder.CreateIndex(
            name: "IX_Relationships_TenantId_MenteeId",
            table: "Relationships",
            columns: ["TenantId", "MenteeId"]);

        migrationBuilder.CreateIndex(
            name: "IX_Relationships_TenantId_MentorId",
            table: "Relationships",
            columns: ["TenantId", "MentorId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "Relationships");
}
