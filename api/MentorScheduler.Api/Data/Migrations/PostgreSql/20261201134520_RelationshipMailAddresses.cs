using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorScheduler.Api.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RelationshipMailAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MenteeMail",
                table: "Relationships",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MentorMail",
                table: "Relationships",
                type: "text",
                nullable: false,
                defaultValue: "");

            // Relationships recorded before addresses were kept: their UPN was what they were addressed by.
            migrationBuilder.Sql("UPDATE \"Relationships\" SET \"MenteeMail\" = \"MenteeUpn\", \"MentorMail\" = \"MentorUpn\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MenteeMail",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "MentorMail",
                table: "Relationships");
        }
    }
}
