using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MentorScheduler.Api.Data.Migrations;

/// <summary>Action items set in sessions. Adds only.</summary>
[DbContext(typeof(MentorSchedulerDb))]
[Migration("20261122020000_ActionItems")]
public sealed class ActionItems : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ActionItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<string>(nullable: false),
                RelationshipId = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                Text = table.Column<string>(nullable: false),
                Owner = table.Column<string>(nullable: false),
                DueDate = table.Column<DateOnly>(nullable: true),
                Status = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
                CompletedAt = table.Column<DateTimeOffset>(nullable: true),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionItems", a => a.Id);
                table.ForeignKey("FK_ActionItems_Relationships_RelationshipId", a => a.RelationshipId, "Relationships", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ActionItems_Sessions_SessionId", a => a.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_ActionItems_RelationshipId_Status", table: "ActionItems", columns: ["RelationshipId", "Status"]);
        migrationBuilder.CreateIndex(name: "IX_ActionItems_SessionId", table: "ActionItems", column: "SessionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "ActionItems");
}
