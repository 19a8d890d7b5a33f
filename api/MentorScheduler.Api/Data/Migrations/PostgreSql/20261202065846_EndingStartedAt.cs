using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorScheduler.Api.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class EndingStartedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EndingStartedAt",
                table: "Relationships",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndingStartedAt",
                table: "Relationships");
        }
    }
}
