using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Tests.Identity;

public sealed class LiveConfigurationTests
{
    [Fact]
    public async Task LiveModeWithoutTheAppRegistrationRefusesToStartNamingEachKey()
    {
        await using var app = new TestApp().WithSetting("Graph:Mode", "Live");

        var error = Assert.Throws<OptionsValidationException>(() => app.Anonymous());

        Assert.Contains("AzureAd:ClientId", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureAd:ClientCredentials", error.Message, StringComparison.Ordinal);
        Assert.Contains("Addin:ClientId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAddinMayNotShareTheApisRegistration()
    {
        var id = Guid.NewGuid().ToString();
        await using var app = new TestApp()
            .WithSetting("Graph:Mode", "Live")
            .WithSetting("AzureAd:ClientId", id)
            .WithSetting("AzureAd:ClientCredentials:0:SourceType", "ClientSecret")
            .WithSetting("AzureAd:ClientCredentials:0:ClientSecret", "placeholder")
            .WithSetting("Addin:ClientId", id);

        var error = Assert.Throws<OptionsValidationException>(() => app.Anonymous());

        Assert.Contains("AADSTS90009", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingCertificateFileIsNamed()
    {
        await using var app = new TestApp()
            .WithSetting("Graph:Mode", "Live")
            .WithSetting("AzureAd:ClientId", Guid.NewGuid().ToString())
            .WithSetting("AzureAd:ClientCredentials:0:SourceType", "Path")
            .WithSetting("AzureAd:ClientCredentials:0:CertificateDiskPath", "/nowhere/app.pfx");

        var error = Assert.Throws<OptionsValidationException>(() => app.Anonymous());

        Assert.Contains("/nowhere/app.pfx", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Live")]
    [InlineData("Simulated")]
    public async Task TheRetiredEntraKeysAreRefusedWithTheirNewNames(string mode)
    {
        await using var app = new TestApp()
            .WithSetting("Graph:Mode", mode)
            .WithSetting("AzureAd:ClientId", Guid.NewGuid().ToString())
            .WithSetting("AzureAd:ClientCredentials:0:SourceType", "ClientSecret")
            .WithSetting("AzureAd:ClientCredentials:0:ClientSecret", "placeholder")
            .WithSetting("Entra:ClientId", Guid.NewGuid().ToString());

        var error = Assert.Throws<OptionsValidationException>(() => app.Anonymous());

        Assert.Contains("Entra:ClientId", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureAd:ClientId", error.Message, StringComparison.Ordinal);
    }
}
