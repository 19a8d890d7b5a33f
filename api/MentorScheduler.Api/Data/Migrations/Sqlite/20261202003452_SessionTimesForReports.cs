using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorScheduler.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SessionTimesForReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EndMs",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "StartMonth",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "StartMs",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Sessions recorded before these columns existed: the same values the entity keeps from Start and End (UTC).
            migrationBuilder.Sql("""
                UPDATE "Sessions" SET "StartMs" = CAST(ROUND((julianday("Start") - 2440587.5) * 86400000) AS INTEGER), "EndMs" = CAST(ROUND((julianday("End") - 2440587.5) * 86400000) AS INTEGER), "StartMonth" = CAST(strftime('%Y%m', "Start") AS INTEGER);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_TenantId_StartMonth_Status_EndMs",
                table: "Sessions",
                columns: new[] { "TenantId", "StartMonth", "Status", "EndMs" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sessions_TenantId_StartMonth_Status_EndMs",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "EndMs",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "StartMonth",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "StartMs",
                table: "Sessions");
        }
    }
}
