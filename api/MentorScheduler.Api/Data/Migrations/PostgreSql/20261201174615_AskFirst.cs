using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorScheduler.Api.Data.Migrations.PostgreSql
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "Relationships",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MentorComment",
                table: "Relationships",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutboxMail",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "text", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromUpn = table.Column<string>(type: "text", nullable: false),
                    ToAddress = table.Column<string>(type: "text", nullable: false),
                    ToName = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Failed = table.Column<bool>(type: "boolean", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AvailableAtMs = table.Column<long>(type: "bigint", nullable: false),
                    LeaseOwner = table.Column<string>(type: "text", nullable: true),
                    LeaseUntilMs = table.Column<long>(type: "bigint", nullable: true)
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
