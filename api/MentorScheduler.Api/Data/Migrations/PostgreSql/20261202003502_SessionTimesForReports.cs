using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorScheduler.Api.Data.Migrations.PostgreSql
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
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "StartMonth",
                table: "Sessions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "StartMs",
                table: "Sessions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Sessions recorded before these columns existed: the same values the entity keeps from Start and End (UTC).
            migrationBuilder.Sql("""
                UPDATE "Sessions" SET "StartMs" = (EXTRACT(EPOCH FROM "Start") * 1000)::bigint, "EndMs" = (EXTRACT(EPOCH FROM "End") * 1000)::bigint, "StartMonth" = to_char("Start" AT TIME ZONE 'UTC', 'YYYYMM')::integer;
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
