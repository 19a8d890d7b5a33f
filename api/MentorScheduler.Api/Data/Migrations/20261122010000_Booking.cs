using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MentorScheduler.Api.Data.Migrations;

/// <summary>Booked series on the relationship, its sessions, and mentors' monthly capacity. Adds only.</summary>
[DbContext(typeof(MentorSchedulerDb))]
[Migration("20261122010000_Booking")]
public sealed class Booking : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "SeriesEventId", table: "Relationships", nullable: true);
        migrationBuilder.AddColumn<string>(name: "SeriesStart", table: "Relationships", nullable: true);
        migrationBuilder.AddColumn<string>(name: "SeriesTimeZone", table: "Relationships", nullable: true);
        migrationBuilder.AddColumn<int>(name: "SeriesVersion", table: "Relationships", nullable: false, defaultValue: 1);
        migrationBuilder.AddColumn<int>(name: "RowVersion", table: "Relationships", nullable: false, defaultValue: 0);

        migrationBuilder.CreateTable(
            name: "Sessions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<string>(nullable: false),
                RelationshipId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                SeriesVersion = table.Column<int>(nullable: false),
                SeriesEventId = table.Column<string>(nullable: false),
                OccurrenceId = table.Column<string>(nullable: false),
                OriginalStart = table.Column<DateTimeOffset>(nullable: false),
                Start = table.Column<DateTimeOffset>(nullable: false),
                End = table.Column<DateTimeOffset>(nullable: false),
                Status = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sessions", s => s.Id);
                table.ForeignKey("FK_Sessions_Relationships_RelationshipId", s => s.RelationshipId, "Relationships", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Sessions_RelationshipId_SeriesVersion_OriginalStart", table: "Sessions",
            columns: ["RelationshipId", "SeriesVersion", "OriginalStart"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Sessions_TenantId_OccurrenceId", table: "Sessions", columns: ["TenantId", "OccurrenceId"]);

        migrationBuilder.CreateTable(
            name: "MentorCapacities",
            columns: table => new
            {
                TenantId = table.Column<string>(nullable: false),
                MentorId = table.Column<string>(nullable: false),
                MeetingsPerMonth = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MentorCapacities", c => new { c.TenantId, c.MentorId }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "MentorCapacities");
        migrationBuilder.DropTable(name: "Sessions");
        migrationBuilder.DropColumn(name: "RowVersion", table: "Relationships");
        migrationBuilder.DropColumn(name: "SeriesVersion", table: "Relationships");
        migrationBuilder.DropColumn(name: "SeriesTimeZone", table: "Relationships");
        migrationBuilder.DropColumn(name: "SeriesStart", table: "Relationships");
        migrationBuilder.DropColumn(name: "SeriesEventId", table: "Relationships");
    }
}
