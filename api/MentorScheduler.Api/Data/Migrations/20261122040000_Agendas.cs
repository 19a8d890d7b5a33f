using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MentorScheduler.Api.Data.Migrations;

/// <summary>Discussion items, agenda deliveries with their leases, tenant templates, the mentor's zone. Adds only.</summary>
[DbContext(typeof(MentorSchedulerDb))]
[Migration("20261122040000_Agendas")]
public sealed class Agendas : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "MentorTimeZone", table: "Relationships", nullable: true);

        migrationBuilder.CreateTable(
            name: "DiscussionItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<string>(nullable: false),
                RelationshipId = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(nullable: false),
                Text = table.Column<string>(nullable: false),
                AuthorId = table.Column<string>(nullable: false),
                AuthorName = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DiscussionItems", i => i.Id);
                table.ForeignKey("FK_DiscussionItems_Relationships_RelationshipId", i => i.RelationshipId, "Relationships", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_DiscussionItems_SessionId", table: "DiscussionItems", column: "SessionId");
        migrationBuilder.CreateIndex(name: "IX_DiscussionItems_RelationshipId", table: "DiscussionItems", column: "RelationshipId");

        migrationBuilder.CreateTable(
            name: "AgendaDeliveries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<string>(nullable: false),
                RelationshipId = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(nullable: false),
                Status = table.Column<string>(nullable: false),
                LeaseOwner = table.Column<string>(nullable: true),
                LeaseUntilMs = table.Column<long>(nullable: true),
                Attempts = table.Column<int>(nullable: false),
                SentAt = table.Column<DateTimeOffset>(nullable: true),
                Html = table.Column<string>(nullable: true),
                Text = table.Column<string>(nullable: true),
                OccurrenceUpdated = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgendaDeliveries", d => d.Id);
                table.ForeignKey("FK_AgendaDeliveries_Relationships_RelationshipId", d => d.RelationshipId, "Relationships", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_AgendaDeliveries_SessionId_Kind", table: "AgendaDeliveries", columns: ["SessionId", "Kind"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_AgendaDeliveries_RelationshipId", table: "AgendaDeliveries", column: "RelationshipId");

        migrationBuilder.CreateTable(
            name: "AgendaTemplates",
            columns: table => new
            {
                TenantId = table.Column<string>(nullable: false),
                Html = table.Column<string>(nullable: false),
                Text = table.Column<string>(nullable: false),
                UpdatedBy = table.Column<string>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AgendaTemplates", t => t.TenantId));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AgendaTemplates");
        migrationBuilder.DropTable(name: "AgendaDeliveries");
        migrationBuilder.DropTable(name: "DiscussionItems");
        migrationBuilder.DropColumn(name: "MentorTimeZone", table: "Relationships");
    }
}
