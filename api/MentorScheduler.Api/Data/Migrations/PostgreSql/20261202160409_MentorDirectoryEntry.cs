using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorScheduler.Api.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class MentorDirectoryEntry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MentorDepartment",
                table: "Relationships",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MentorJobTitle",
                table: "Relationships",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MentorDepartment",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "MentorJobTitle",
                table: "Relationships");
        }
    }
}
