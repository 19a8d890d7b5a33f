using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MentorScheduler.Api.Data.Migrations;

/// <summary>Session notes, one row per saved version (the latest is current, the others the history). Adds only.</summary>
[DbContext(typeof(MentorSchedulerDb))]
[Migration("20261122030000_SessionNotes")]
public sealed class SessionNotes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SessionNoteVersions",
            columns: table => new
            {
                SessionId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                TenantId = table.Column<string>(nullable: false),
                RelationshipId = table.Column<Guid>(nullable: false),
                MeetingNotes = table.Column<string>(nullable: false),
                MentorAdvice = table.Column<string>(nullable: false),
                MyActionPlan = table.Column<string>(nullable: false),
                QuestionsForNextTime = table.Column<string>(nullable: false),
                ActionItems = table.Column<string>(nullable: false),
                AuthorId = table.Column<string>(nullable: false),
                AuthorUpn = table.Column<string>(nullable: false),
                AuthorName = table.Column<string>(nullable: false),
                SavedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SessionNoteVersions", v => new { v.SessionId, v.Version });
                table.ForeignKey("FK_SessionNoteVersions_Relationships_RelationshipId", v => v.RelationshipId, "Relationships", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_SessionNoteVersions_Sessions_SessionId", v => v.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_SessionNoteVersions_RelationshipId", table: "SessionNoteVersions", column: "RelationshipId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "SessionNoteVersions");
}
