using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorScheduler.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EndingWell : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EndedAt",
                table: "Relationships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndedBy",
                table: "Relationships",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MenteeReflection",
                table: "Relationships",
                type: "TEXT",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MentorReflection",
                table: "Relationships",
                type: "TEXT",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StayInTouch",
                table: "Relationships",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RepeatEveryDays",
                table: "OutboxMail",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "EndedBy",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "MenteeReflection",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "MentorReflection",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "StayInTouch",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "RepeatEveryDays",
                table: "OutboxMail");
        }
    }
}
