using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Infrastructure;

/// <summary>
/// Headers on every answer: no MIME sniffing, no referrer beyond the origin, and a Content-Security-Policy whose
/// <c>frame-ancestors</c> lets Outlook's hosts (and the app's own preview) frame the pane under <c>/addin/</c> and
/// nobody frame anything else. HSTS is added outside Development for HTTPS requests (<c>UseHsts</c>).
/// </summary>
public static class SecurityHeaders
{
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.AddOptions<SecurityHeadersOptions>().BindConfiguration(SecurityHeadersOptions.Section);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SecurityHeadersOptions>>().Value;
        var pane = $"frame-ancestors 'self' {string.Join(' ', options.PaneFrameAncestors)}";
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/addin") ? pane : "frame-ancestors 'none'";
            return next(context);
        });
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        return app;
    }
}
