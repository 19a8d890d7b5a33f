namespace MentorScheduler.Api.Tests.Notes;

/// <summary>A fresh app with Adele (mentee) and Megan (mentor) signed in and their eight-meeting series booked.</summary>
public abstract class BookedPairTests : IAsyncLifetime
{
    protected TestApp App { get; } = new();

    protected HttpClient Adele { get; private set; } = null!;

    protected HttpClient Megan { get; private set; } = null!;

    protected Booked Booking { get; private set; } = null!;

    /// <summary>Settings the app starts with, for a class that tries another configuration.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        foreach (var (key, value) in Settings) App.WithSetting(key, value);
        Adele = await App.ClientFor("adele.vance");
        Megan = await App.ClientFor("megan.bowen");
        Booking = await NotesWorld.Book(Adele);
        await ArrangeAsync();
    }

    /// <summary>What a test class arranges beyond the booked pair.</summary>
    protected virtual Task ArrangeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        Adele.Dispose();
        Megan.Dispose();
        await App.DisposeAsync();
    }
}
