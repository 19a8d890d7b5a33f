using Microsoft.Graph;

namespace MentorScheduler.Api.Graph;

/// <summary>
/// Hands out <see cref="GraphServiceClient"/>s, always built on <see cref="GraphClientFactory"/> so the
/// SDK's retry handler is in the pipeline. The rest of the code never knows which mode it is in.
/// </summary>
public interface IGraphClients
{
    /// <summary>A client acting for the caller of the current request (on-behalf-of in Live mode).</summary>
    GraphServiceClient ForCurrentUser();

    /// <summary>A client acting as the application itself in a tenant, for background work.</summary>
    GraphServiceClient ForTenant(string tenantId);
}
