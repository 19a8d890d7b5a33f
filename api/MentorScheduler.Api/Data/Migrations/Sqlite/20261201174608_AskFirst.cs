using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorScheduler.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AskFirst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Relationships_OpenPair",
                table: "Relationships");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AnsweredAt",
                table: "Relationships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "Relationships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MentorComment",
                table: "Relationships",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutboxMail",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromUpn = table.Column<string>(type: "TEXT", nullable: false),
                    ToAddress = table.Column<string>(type: "TEXT", nullable: false),
                    ToName = table.Column<string>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Failed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AvailableAtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", nullable: true),
                    LeaseUntilMs = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMail", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_OpenPair",
                table: "Relationships",
                columns: new[] { "TenantId", "MenteeId", "MentorId" },
                unique: true,
                filter: "\"Status\" IN ('Proposed', 'Agreed', 'Invited', 'Active')");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMail_RelationshipId",
                table: "OutboxMail",
                column: "RelationshipId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMail_SentAt_Failed_AvailableAtMs",
                table: "OutboxMail",
                columns: new[] { "SentAt", "Failed", "AvailableAtMs" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutboxMail");

            migrationBuilder.DropIndex(
                name: "IX_Relationships_OpenPair",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "MentorComment",
                table: "Relationships");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_OpenPair",
                table: "Relationships",
                columns: new[] { "TenantId", "MenteeId", "MentorId" },
                unique: true,
                filter: "\"Status\" IN ('Proposed', 'Invited', 'Active')");
        }
    }
}
