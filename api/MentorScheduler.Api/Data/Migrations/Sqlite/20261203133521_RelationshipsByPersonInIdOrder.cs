using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorScheduler.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RelationshipsByPersonInIdOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Relationships_TenantId_MenteeId",
                table: "Relationships");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_TenantId_MenteeId_Id",
                table: "Relationships",
                columns: new[] { "TenantId", "MenteeId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_TenantId_MentorId_Id",
                table: "Relationships",
                columns: new[] { "TenantId", "MentorId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Relationships_TenantId_MenteeId_Id",
                table: "Relationships");

            migrationBuilder.DropIndex(
                name: "IX_Relationships_TenantId_MentorId_Id",
                table: "Relationships");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_TenantId_MenteeId",
                table: "Relationships",
                columns: new[] { "TenantId", "MenteeId" });
        }
    }
}
