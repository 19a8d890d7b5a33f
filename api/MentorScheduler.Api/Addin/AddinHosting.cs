using MentorScheduler.Api.Infrastructure;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace MentorScheduler.Api.Addin;

/// <summary>
/// Serves the Outlook task pane under <c>/addin/</c> from the build output, its run-time configuration at
/// <c>/addin/config.json</c>, the program manager's page at <c>/admin/</c>, and in Simulated mode the local preview at <c>/</c>.
/// </summary>
public static class AddinHosting
{
    public const string PreviewPath = "/addin/preview.html";
    public const string AdminPath = "/admin/";

    public static void MapAddin(this WebApplication app, GraphMode mode)
    {
        // Endpoints win over static files, so these answer before the folder is looked at.
        app.MapGet("/addin/config.json", (IConfiguration configuration) => GetConfig(configuration, mode)).ExcludeFromDescription();
        if (mode == GraphMode.Simulated)
            app.MapGet("/", () => Results.Redirect(PreviewPath)).ExcludeFromDescription();
        else
            app.MapGet(PreviewPath, () => Results.NotFound()).ExcludeFromDescription();

        var folder = Path.Combine(AppContext.BaseDirectory, "addin");
        if (!Directory.Exists(folder)) return;

        // The program manager's page, built with the pane: /admin/ (its scripts and styles are under /addin/).
        app.MapGet(AdminPath, (HttpContext http) =>
        {
            http.Response.Headers[HeaderNames.CacheControl] = "no-cache";
            return TypedResults.PhysicalFile(Path.Combine(folder, "admin.html"), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = "/addin",
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = CacheControlFor(context.File.Name),
        });
    }

    /// <summary>
    /// What the pane needs before it signs in: the mode, and in Live mode the add-in's own registration (the
    /// client that signs in) and the API's scope it asks for. Two registrations, as Microsoft's NAA sample has
    /// them: Entra refuses a token an application asks for itself by URI (AADSTS90009).
    /// </summary>
    public static AddinConfigDto GetConfig(IConfiguration configuration, GraphMode mode)
    {
        if (mode != GraphMode.Live) return new AddinConfigDto("simulated", null, null);
        return new AddinConfigDto("live", configuration["Addin:ClientId"], $"api://{configuration["AzureAd:ClientId"]}/{Identity.ApiPermissions.Scope}");
    }

    // Icons are cacheable (Outlook caches them); the pane's code revalidates so an update shows at once.
    private static string CacheControlFor(string fileName) =>
        fileName.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "public, max-age=86400" : "no-cache";
}
