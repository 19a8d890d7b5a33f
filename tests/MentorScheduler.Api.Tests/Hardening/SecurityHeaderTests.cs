using System.Net;

using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>Every answer carries the security headers; only Outlook's hosts may frame the pane (issue 11, point 12).</summary>
public sealed class SecurityHeaderTests : AdeleTests
{
    [Fact]
    public async Task ApiAnswersMayBeFramedByNobodyAndAreNotSniffed()
    {
        using var response = await Adele.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task ThePaneMayBeFramedByOutlookOnTheWebAndTheAppItselfOnly()
    {
        using var response = await App.Anonymous().GetAsync("/addin/config.json");

        var policy = Header(response, "Content-Security-Policy");
        Assert.StartsWith("frame-ancestors 'self' ", policy, StringComparison.Ordinal);
        Assert.Contains("https://outlook.office.com", policy, StringComparison.Ordinal);
        Assert.Contains("https://outlook.cloud.microsoft", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", policy.Replace("https://*.officeapps.live.com", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpsThroughAProxyGetsStrictTransportSecurityAndPlainHttpDoesNot()
    {
        using var client = App.Anonymous();
        using var overHttps = new HttpRequestMessage(HttpMethod.Get, "/health");
        overHttps.Headers.Host = "mentoring.contoso.example";
        overHttps.Headers.Add("X-Forwarded-Proto", "https");
        using var plain = new HttpRequestMessage(HttpMethod.Get, "/health");
        plain.Headers.Host = "mentoring.contoso.example";

        using var secure = await client.SendAsync(overHttps);
        using var insecure = await client.SendAsync(plain);

        Assert.StartsWith("max-age=31536000", Header(secure, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.False(insecure.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"The answer has no {name} header.");
}
