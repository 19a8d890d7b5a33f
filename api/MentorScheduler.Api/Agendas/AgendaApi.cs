using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Agendas;

/// <summary>A session's agenda, the tenant's template (program admins), and running the sweep on demand.</summary>
public static class AgendaApi
{
    public const int MaxTemplateLength = 100_000;

    public static void MapAgendas(this IEndpointRouteBuilder app, GraphMode mode)
    {
        app.MapGet("/api/relationships/{id:guid}/sessions/{sessionId:guid}/agenda", GetAgenda)
            .RequireAuthorization(ApiPermissions.UserPolicy).KeepsNotesPrivate().WithTags("Agendas")
            .WithSummary("The agenda as sent, or a preview of it before it is sent.");

        var admin = app.MapGroup("/api/admin/agenda-template").RequireAuthorization(ApiPermissions.AdminPolicy).WithTags("Agendas");
        admin.MapGet("/", GetTemplate).WithSummary("The tenant's agenda template (or the default).");
        admin.MapPut("/", SaveTemplate).WithSummary("Replace the tenant's template (Scriban); it must compile and render the sample agenda.")
            .WithDescription(TemplateReference);
        admin.MapDelete("/", ResetTemplate).WithSummary("Back to the default template.");
        admin.MapPost("/preview", PreviewTemplate).WithSummary("Render any template against a chosen session without saving it.");

        // Program admins run the sweep; in Simulated mode anyone signed in may, to try the product.
        app.MapPost("/api/admin/agenda-sweep", RunSweep).WithTags("Agendas")
            .RequireAuthorization(mode == GraphMode.Simulated ? ApiPermissions.UserPolicy : ApiPermissions.AdminPolicy)
            .WithSummary("Run the agenda sweep now.");
    }

    /// <summary>The variables and functions a template can use, for the OpenAPI document (README has the same, explained).</summary>
    private static readonly string TemplateReference =
        "Scriban templates; every {{ }} output is HTML-escaped in the HTML template. include, import, capture and func are refused. " +
        "Variables: " + string.Join(", ", AgendaTemplateModel.Names()) + ". " +
        "Functions: string.upcase, string.downcase, string.capitalize, string.strip, string.truncate, array.size, array.first, array.last, array.join.";

    public static async Task<Results<Ok<AgendaDto>, ProblemHttpResult>> GetAgenda(
        Guid id, Guid sessionId, RecordAccess records, MentorSchedulerDb db, AgendaModelBuilder builder, AgendaRenderer renderer, CancellationToken ct)
    {
        if (await records.SessionAsync(id, sessionId, ct) is not { } access) return RecordAccess.SessionNotFound(sessionId);
        var (r, session) = (access.Relationship, access.Session);
        var sent = await db.AgendaDeliveries.AsNoTracking()
            .FirstOrDefaultAsync(d => d.SessionId == sessionId && d.Kind == DeliveryKind.Agenda && d.Status == DeliveryStatus.Sent, ct);
        if (sent is not null) return TypedResults.Ok(new AgendaDto("sent", sent.SentAt, sent.Html ?? string.Empty, sent.Text ?? string.Empty));
        try
        {
            var preview = await renderer.RenderAsync(r.TenantId, await builder.BuildAsync(r, session, ct), ct);
            return TypedResults.Ok(new AgendaDto("pending", null, preview.Html, preview.Text));
        }
        catch (TemplateRenderException e)
        {
            return CannotRender(e);
        }
    }

    public static async Task<Ok<TemplateDto>> GetTemplate(AgendaRenderer renderer, CurrentUser user, CancellationToken ct)
    {
        var (html, text, isDefault) = await renderer.TemplatesOfAsync(user.TenantId, ct);
        return TypedResults.Ok(new TemplateDto(html, text, isDefault));
    }

    public static async Task<Results<Ok<TemplateDto>, ValidationProblem>> SaveTemplate(
        TemplateRequest? request, MentorSchedulerDb db, CurrentUser user, ITemplateEngine engine, TimeProvider clock, CancellationToken ct)
    {
        var errors = Check(request?.Html, request?.Text, engine, required: true);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The template has errors");

        var own = await db.AgendaTemplates.FirstOrDefaultAsync(t => t.TenantId == user.TenantId, ct);
        if (own is null)
            db.AgendaTemplates.Add(own = new AgendaTemplate { TenantId = user.TenantId, Html = request!.Html!, Text = request.Text!, UpdatedBy = user.Upn });
        own.Html = request!.Html!;
        own.Text = request.Text!;
        own.UpdatedBy = user.Upn;
        own.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new TemplateDto(own.Html, own.Text, false));
    }

    public static async Task<NoContent> ResetTemplate(MentorSchedulerDb db, CurrentUser user, CancellationToken ct)
    {
        await db.AgendaTemplates.Where(t => t.TenantId == user.TenantId).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Renders a template (or the tenant's) as the mentor would receive it: against a chosen session, or against the
    /// sample agenda when neither <c>relationshipId</c> nor <c>sessionId</c> is given. A session's items and notes are
    /// private (<see cref="NotesPrivacy"/>): a program admin previews against someone else's session only when the
    /// tenant lets admins read notes.
    /// </summary>
    public static async Task<Results<Ok<AgendaDto>, ValidationProblem, ProblemHttpResult>> PreviewTemplate(
        TemplatePreviewRequest? request, RecordAccess records, CurrentUser user, ITemplateEngine engine,
        AgendaModelBuilder builder, AgendaRenderer renderer, IOptions<PrivacyOptions> privacy, CancellationToken ct)
    {
        var errors = Check(request?.Html, request?.Text, engine, required: false);
        var sample = request?.RelationshipId is null && request?.SessionId is null;
        if (!sample && request?.RelationshipId is null) errors["relationshipId"] = ["Choose the relationship whose session to render, or leave out both for the sample agenda."];
        if (!sample && request?.SessionId is null) errors["sessionId"] = ["Choose the session to render, or leave out both for the sample agenda."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The preview cannot be rendered");

        var (html, text, _) = await renderer.TemplatesOfAsync(user.TenantId, ct);
        AgendaModel model;
        if (sample)
        {
            model = AgendaSample.Model();
        }
        else
        {
            if (await records.SessionAsync(request!.RelationshipId!.Value, request.SessionId!.Value, ct) is not { } access)
                return RecordAccess.SessionNotFound(request.SessionId!.Value);
            if (!NotesPrivacy.MayRead(access.Role, privacy.Value)) return NotesPrivacy.Refusal(access.Relationship);
            model = await builder.BuildAsync(access.Relationship, access.Session, ct);
        }
        try
        {
            var rendered = renderer.Render(request?.Html ?? html, request?.Text ?? text, model);
            return TypedResults.Ok(new AgendaDto("preview", null, rendered.Html, rendered.Text));
        }
        catch (TemplateRenderException e)
        {
            return CannotRender(e);
        }
    }

    /// <summary>The sweep for the caller's own tenant; the timer's sweep is the only one across tenants.</summary>
    public static async Task<Ok<SweepDto>> RunSweep(AgendaSweep sweep, CurrentUser user, CancellationToken ct) =>
        TypedResults.Ok(await sweep.RunAsync(ct, user.TenantId));

    private static ProblemHttpResult CannotRender(TemplateRenderException e) =>
        Problems.Unprocessable("The agenda template cannot render this agenda", e.Message, "templateCannotRender");

    /// <summary>Why a template that compiles still cannot render the sample agenda, or null when it renders.</summary>
    private static TemplateError? RenderFailure(TemplateCompilation compiled)
    {
        try
        {
            compiled.Render!(AgendaSample.Model());
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var failure = ScribanTemplateEngine.Describe(e);
            return failure with { Message = $"The template compiles but cannot render an agenda: {failure.Message}" };
        }
    }

    /// <summary>Compile errors keyed by field, each saying line and column.</summary>
    private static Dictionary<string, string[]> Check(string? html, string? text, ITemplateEngine engine, bool required)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, source, format) in new[] { ("html", html, TemplateFormat.Html), ("text", text, TemplateFormat.Text) })
        {
            if (source is null)
            {
                if (required) errors[field] = [$"Give the {field} template (the default is in GET /api/admin/agenda-template after a reset)."];
                continue;
            }
            if (source.Length > MaxTemplateLength) { errors[field] = [$"The template is {source.Length} characters; keep it to {MaxTemplateLength}."]; continue; }
            var compiled = engine.Compile(source, format);
            if (!compiled.Succeeded) errors[field] = compiled.Errors.Select(e => e.ToString()).ToArray();
            else if (RenderFailure(compiled) is { } failure) errors[field] = [failure.ToString()];
        }
        return errors;
    }
}
