using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Tests.Identity;

public sealed class LiveConfigurationTests
{
    [Fact]
    public async Task LiveModeWithoutTheAppRegistrationRefusesToStartNamingEachKey()
    {
        await using var app = new TestApp().WithSetting("Graph:Mode", "Live");

        var error = Assert.Throws<OptionsValidationException>(() => app.Anonymous());

        Assert.Contains("Entra:ClientId", error.Message, StringComparison.Ordinal);
        Assert.Contains("Entra:TenantId", error.Message, StringComparison.Ordinal);
        Assert.Contains("Entra:ClientSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingCertificateFileIsNamed()
    {
        await using var app = new TestApp()
            .WithSetting("Graph:Mode", "Live")
            .WithSetting("Entra:ClientId", Guid.NewGuid().ToString())
            .WithSetting("Entra:TenantId", "contoso.example")
            .WithSetting("Entra:CertificatePath", "/nowhere/app.pfx");

        var error = Assert.Throws<OptionsValidationException>(() => app.Anonymous());

        Assert.Contains("/nowhere/app.pfx", error.Message, StringComparison.Ordinal);
    }
}
