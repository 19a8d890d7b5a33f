using MentorScheduler.Api.Infrastructure;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace MentorScheduler.Api.Addin;

/// <summary>
/// Serves the Outlook task pane under <c>/addin/</c> from the build output, its run-time configuration at
/// <c>/addin/config.json</c>, and in Simulated mode the local preview at <c>/</c>.
/// </summary>
public static class AddinHosting
{
    public const string PreviewPath = "/addin/preview.html";

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
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = "/addin",
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = CacheControlFor(context.File.Name),
        });
    }

    /// <summary>What the pane needs before it signs in: the mode, and in Live mode the API's client id.</summary>
    public static AddinConfigDto GetConfig(IConfiguration configuration, GraphMode mode)
    {
        var clientId = mode == GraphMode.Live ? configuration["AzureAd:ClientId"] : null;
        return new AddinConfigDto(
            mode == GraphMode.Live ? "live" : "simulated",
            clientId,
            clientId is null ? null : $"api://{clientId}/access_as_user");
    }

    // Icons are cacheable (Outlook caches them); the pane's code revalidates so an update shows at once.
    private static string CacheControlFor(string fileName) =>
        fileName.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "public, max-age=86400" : "no-cache";
}
