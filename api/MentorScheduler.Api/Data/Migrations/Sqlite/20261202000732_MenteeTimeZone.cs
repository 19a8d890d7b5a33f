using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorScheduler.Api.Data.Migrations.Sqlite
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
                type: "TEXT",
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
