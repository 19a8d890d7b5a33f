using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorScheduler.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgramReportFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Relationships_TenantId_MentorId",
                table: "Relationships");

            migrationBuilder.AddColumn<long>(
                name: "FirstMeetingEndMs",
                table: "Relationships",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FirstMeetingStartMs",
                table: "Relationships",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SessionsFromMs",
                table: "Relationships",
                type: "INTEGER",
                nullable: true);

            // Relationships recorded before these columns existed: the values EvaluationPoint.Recompute keeps from their sessions.
            migrationBuilder.Sql("""
                UPDATE "Relationships" SET
                    "SessionsFromMs" = (SELECT MIN(s."StartMs") FROM "Sessions" s WHERE s."RelationshipId" = "Relationships"."Id"),
                    "FirstMeetingStartMs" = (SELECT s."StartMs" FROM "Sessions" s WHERE s."RelationshipId" = "Relationships"."Id" AND s."Status" = 'Scheduled' ORDER BY s."StartMs", s."SeriesVersion" LIMIT 1),
                    "FirstMeetingEndMs" = (SELECT s."EndMs" FROM "Sessions" s WHERE s."RelationshipId" = "Relationships"."Id" AND s."Status" = 'Scheduled' ORDER BY s."StartMs", s."SeriesVersion" LIMIT 1);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_TenantId_RelationshipId_Status_EndMs_StartMs_Id",
                table: "Sessions",
                columns: new[] { "TenantId", "RelationshipId", "Status", "EndMs", "StartMs", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_TenantId_Status_EndMs_StartMonth",
                table: "Sessions",
                columns: new[] { "TenantId", "Status", "EndMs", "StartMonth" });

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_TenantId_MentorId_MentorUpn_MentorDisplayName_Status",
                table: "Relationships",
                columns: new[] { "TenantId", "MentorId", "MentorUpn", "MentorDisplayName", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_TenantId_Status_Frequency_SessionsFromMs_Id",
                table: "Relationships",
                columns: new[] { "TenantId", "Status", "Frequency", "SessionsFromMs", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sessions_TenantId_RelationshipId_Status_EndMs_StartMs_Id",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_TenantId_Status_EndMs_StartMonth",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Relationships_TenantId_MentorId_MentorUpn_MentorDisplayName_Status",
                table: "Relationships");

            migrationBuilder.DropIndex(
                name: "IX_Relationships_TenantId_Status_Frequency_SessionsFromMs_Id",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "FirstMeetingEndMs",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "FirstMeetingStartMs",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "SessionsFromMs",
                table: "Relationships");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_TenantId_MentorId",
                table: "Relationships",
                columns: new[] { "TenantId", "MentorId" });
        }
    }
}
