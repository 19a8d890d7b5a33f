using MentorScheduler.Api.Graph;
using Microsoft.Extensions.FileProviders;

namespace MentorScheduler.Api.Addin;

/// <summary>Serves the Outlook task pane under <c>/addin/</c>; in Simulated mode <c>/</c> opens it.</summary>
public static class AddinHosting
{
    public static void MapAddin(this WebApplication app, GraphMode mode)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "addin");
        if (Directory.Exists(folder))
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = "/addin" });
        if (mode == GraphMode.Simulated)
            app.MapGet("/", () => Results.Redirect("/addin/")).ExcludeFromDescription();
    }
}
