namespace MentorScheduler.Api.Infrastructure;

/// <summary>Who may frame the task pane (<c>Security:PaneFrameAncestors</c>); everything else may be framed by nobody.</summary>
public sealed class SecurityHeadersOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Outlook on the web's origins, which frame the pane in a browser (Outlook on Windows and Mac show it in
    /// their own web view, unframed). Microsoft publishes no fixed list and adds hosts over time (office-js-docs-pr
    /// issues 2771 and 4911), so the list is configuration: replace it with <c>Security__PaneFrameAncestors__0</c>, ….
    /// </summary>
    public IList<string> PaneFrameAncestors { get; } =
    [
        "https://outlook.office.com",
        "https://outlook.office365.com",
        "https://outlook.cloud.microsoft",
        "https://outlook.live.com",
        "https://*.officeapps.live.com",
    ];
}
