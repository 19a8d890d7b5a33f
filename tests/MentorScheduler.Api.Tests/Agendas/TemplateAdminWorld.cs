namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>A booked relationship and its tenant's program admin (Diego), for the tests of agenda templates.</summary>
public abstract class TemplateAdminWorld : IAsyncLifetime
{
    protected const string Path = "/api/admin/agenda-template";

    protected AgendaWorld World { get; private set; } = null!;

    /// <summary>Diego, the demo tenant's program admin.</summary>
    protected HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        World = await AgendaWorld.BookedAsync();
        Admin = await World.App.ClientFor("diego.siciliani");
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await World.DisposeAsync();
    }
}
