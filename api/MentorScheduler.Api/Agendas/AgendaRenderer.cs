using System.Reflection;
using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Agendas;

/// <summary>Renders agendas with the tenant's template (or the default), compiling each template once.</summary>
public sealed class AgendaRenderer(MentorSchedulerDb db, ITemplateEngine engine, CompiledTemplateCache cache, AgendaHtmlSanitizer sanitizer)
{
    public static readonly string DefaultHtml = ReadDefault("default.html.scriban");
    public static readonly string DefaultText = ReadDefault("default.txt.scriban");

    /// <summary>The tenant's template sources, and whether they are the default.</summary>
    public async Task<(string Html, string Text, bool IsDefault)> TemplatesOfAsync(string tenantId, CancellationToken ct)
    {
        var own = await db.AgendaTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.TenantId == tenantId, ct);
        return own is null ? (DefaultHtml, DefaultText, true) : (own.Html, own.Text, false);
    }

    public async Task<RenderedAgenda> RenderAsync(string tenantId, AgendaModel model, CancellationToken ct)
    {
        var (html, text, _) = await TemplatesOfAsync(tenantId, ct);
        return Render(html, text, model);
    }

    /// <summary>Renders with the given sources; a template that fails on this agenda throws <see cref="TemplateRenderException"/>.</summary>
    public RenderedAgenda Render(string htmlSource, string textSource, AgendaModel model)
    {
        try
        {
            return new RenderedAgenda(
                sanitizer.Sanitize(cache.Get(htmlSource, TemplateFormat.Html, engine)(model)),
                cache.Get(textSource, TemplateFormat.Text, engine)(model));
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            throw new TemplateRenderException(
                $"The agenda template cannot render this agenda ({ScribanTemplateEngine.Describe(e).ToString().TrimEnd('.')}). A program admin can fix it in the agenda template.", e);
        }
    }

    private static string ReadDefault(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"MentorScheduler.Agendas.{name}")
            ?? throw new InvalidOperationException($"The default agenda template {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
