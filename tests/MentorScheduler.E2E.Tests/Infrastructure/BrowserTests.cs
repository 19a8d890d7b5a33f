namespace MentorScheduler.E2E.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
