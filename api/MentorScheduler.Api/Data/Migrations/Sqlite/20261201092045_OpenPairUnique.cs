using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorScheduler.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenPairUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Relationships_OpenPair",
                table: "Relationships",
                columns: new[] { "TenantId", "MenteeId", "MentorId" },
                unique: true,
                filter: "\"Status\" IN ('Proposed', 'Invited', 'Active')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Relationships_OpenPair",
                table: "Relationships");
        }
    }
}
