using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using MentorScheduler.GraphSimulator;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MentorScheduler.Api.Tests.Live;

/// <summary>The simulator's strict-token mode refuses what Microsoft Graph refuses, with Graph's own codes.</summary>
public sealed class StrictGraphTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(TestApp.DefaultNow);
    private readonly DemoTenant _tenant = DemoTenant.LoadDefault();
    private FakeEntra _entra = null!;
    private GraphHost _graph = null!;

    public async Task InitializeAsync()
    {
        _entra = new FakeEntra(_clock, LiveWorld.ClientId, LiveWorld.ClientSecret, [], []);
        _graph = await GraphHost.StartAsync(_entra, _clock);
    }

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        _entra.Dispose();
    }

    [Fact]
    public async Task NoTokenIsA401()
    {
        var error = await Assert.ThrowsAsync<ODataError>(() => _graph.ClientWith(null).Users[DemoUsers.Adele].GetAsync());

        Assert.Equal(401, error.ResponseStatusCode);
        Assert.Equal("InvalidAuthenticationToken", error.Error?.Code);
    }

    [Fact]
    public async Task ATokenForTheApiInsteadOfGraphIsA401()
    {
        var token = _entra.UserToken(_tenant.TenantId, Id(DemoUsers.Adele), DemoUsers.Adele, "Adele Vance");

        var error = await Assert.ThrowsAsync<ODataError>(() => _graph.ClientWith(token).Users[DemoUsers.Adele].GetAsync());

        Assert.Equal(401, error.ResponseStatusCode);
        Assert.Equal("InvalidAuthenticationToken", error.Error?.Code);
    }

    [Fact]
    public async Task ATokenSignedByAnotherKeyIsA401()
    {
        using var other = RSA.Create(2048);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"{_entra.Instance}{_tenant.TenantId}/v2.0",
            Audience = FakeEntra.GraphAudience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["tid"] = _tenant.TenantId, ["roles"] = new[] { "User.Read.All" } },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(other) { KeyId = FakeEntra.KeyId }, SecurityAlgorithms.RsaSha256),
        });

        var error = await Assert.ThrowsAsync<ODataError>(() => _graph.ClientWith(token).Users.GetAsync());

        Assert.Equal(401, error.ResponseStatusCode);
    }

    [Fact]
    public async Task ADelegatedTokenWithoutTheScopeIsRefusedByTheDirectory()
    {
        var token = _entra.GraphTokenFor(_tenant.TenantId, Id(DemoUsers.Adele), DemoUsers.Adele, "Calendars.ReadWrite");

        var error = await Assert.ThrowsAsync<ODataError>(() => _graph.ClientWith(token).Users.GetAsync());

        Assert.Equal(403, error.ResponseStatusCode);
        Assert.Equal("Authorization_RequestDenied", error.Error?.Code);
    }

    [Fact]
    public async Task AUsersTokenReachesTheirOwnMailboxButNotSomeoneElses()
    {
        var token = _entra.GraphTokenFor(_tenant.TenantId, Id(DemoUsers.Adele), DemoUsers.Adele, "Calendars.ReadWrite MailboxSettings.Read");
        var graph = _graph.ClientWith(token);

        var own = await graph.Users[DemoUsers.Adele].MailboxSettings.GetAsync();
        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].MailboxSettings.GetAsync());
        var calendar = await Assert.ThrowsAsync<ODataError>(() => graph.Users[DemoUsers.Megan].Events.GetAsync());

        Assert.NotNull(own?.TimeZone);
        Assert.Equal(403, error.ResponseStatusCode);
        Assert.Equal("ErrorAccessDenied", error.Error?.Code);
        Assert.Equal(403, calendar.ResponseStatusCode);
    }

    [Fact]
    public async Task AnAppTokenNeedsTheRoleAndThenReachesAnyMailbox()
    {
        var without = _graph.ClientWith(_entra.AppGraphTokenFor(_tenant.TenantId, "Calendars.Read"));
        var with = _graph.ClientWith(_entra.AppGraphTokenFor(_tenant.TenantId, "MailboxSettings.Read"));

        var refused = await Assert.ThrowsAsync<ODataError>(() => without.Users[DemoUsers.Megan].MailboxSettings.GetAsync());
        var settings = await with.Users[DemoUsers.Megan].MailboxSettings.GetAsync();

        Assert.Equal(403, refused.ResponseStatusCode);
        Assert.NotNull(settings?.TimeZone);
    }

    [Fact]
    public async Task EachBatchStepIsCheckedWithTheEnvelopesToken()
    {
        var graph = _graph.ClientWith(_entra.AppGraphTokenFor(_tenant.TenantId, "MailboxSettings.Read"));
        var batch = new BatchRequestContentCollection(graph);
        var allowed = await batch.AddBatchRequestStepAsync(graph.Users[DemoUsers.Megan].MailboxSettings.ToGetRequestInformation());
        var refused = await batch.AddBatchRequestStepAsync(graph.Users[DemoUsers.Megan].Events.ToGetRequestInformation());

        var response = await graph.Batch.PostAsync(batch);
        var codes = await response.GetResponsesStatusCodesAsync();

        Assert.Equal(HttpStatusCode.OK, codes[allowed]);
        Assert.Equal(HttpStatusCode.Forbidden, codes[refused]);
    }

    [Fact]
    public async Task EntraGivesNoAppTokenForOrganizations()
    {
        using var http = new HttpClient(_entra.TrustingHandler());
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _entra.ClientId,
            ["client_secret"] = _entra.ClientSecret,
            ["scope"] = "https://graph.microsoft.com/.default",
        });

        using var organizations = await http.PostAsync($"{_entra.Instance}organizations/oauth2/v2.0/token", form);
        using var tenanted = await http.PostAsync($"{_entra.Instance}{_tenant.TenantId}/oauth2/v2.0/token", form);

        Assert.Equal(HttpStatusCode.BadRequest, organizations.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tenanted.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }.MediaType, tenanted.Content.Headers.ContentType?.MediaType);
    }

    private string Id(string upn) => _tenant.Users.Single(u => u.UserPrincipalName == upn).Id;
}
