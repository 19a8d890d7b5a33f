namespace MentorScheduler.Api.Tests.Infrastructure;

/// <summary>A fresh app per test with Adele (the demo mentee) signed in: the common start of API tests.</summary>
public abstract class AdeleTests : IAsyncLifetime
{
    protected TestApp App { get; } = new();

    protected HttpClient Adele { get; private set; } = null!;

    public async Task InitializeAsync() => Adele = await App.ClientFor("adele.vance");

    public async Task DisposeAsync()
    {
        Adele.Dispose();
        await App.DisposeAsync();
    }
}
