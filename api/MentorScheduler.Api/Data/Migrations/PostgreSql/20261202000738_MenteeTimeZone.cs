using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorScheduler.Api.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class MenteeTimeZone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MenteeTimeZone",
                table: "Relationships",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MenteeTimeZone",
                table: "Relationships");
        }
    }
}
