using Microsoft.Identity.Client;

namespace MentorScheduler.Api.Identity;

/// <summary>MSAL's HTTP goes through the app's named Entra client (its handlers, its proxy, its tests' trust).</summary>
public sealed class EntraHttpClientFactory(IHttpClientFactory clients) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => clients.CreateClient(IdentitySetup.EntraHttpClient);
}
