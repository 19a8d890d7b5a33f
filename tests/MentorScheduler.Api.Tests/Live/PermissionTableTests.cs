using System.Diagnostics.Metrics;
using MentorScheduler.Api.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Api.Tests.Live;

/// <summary>README's permission table is the code's decision, row for row: the rehearsal consents README's table.</summary>
public sealed class PermissionTableTests
{
    [Fact]
    public void ReadmesTableIsTheCodesTableRowForRow()
    {
        var readme = ReadmePermissions.Rows();
        var code = GraphPermissions.Calls.Select(GraphPermissions.ReadmeRow).ToList();

        Assert.Equal(code, readme);
        Assert.Equal(GraphPermissions.Delegated, ReadmePermissions.Delegated());
        Assert.Equal(GraphPermissions.Application, ReadmePermissions.Application());
    }

    [Fact]
    public void AppOnlyCallsNameATenantByIdNeverOrganizations()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new MentorScheduler.Api.Telemetry.AppMetrics(services.GetRequiredService<IMeterFactory>());
        var clients = new LiveGraphClients(null!, new Microsoft.AspNetCore.Http.HttpContextAccessor(),
            Microsoft.Extensions.Options.Options.Create(new GraphOptions()), metrics, new MentorScheduler.Api.Telemetry.GraphReachability(), TimeProvider.System);

        Assert.Throws<ArgumentException>(() => clients.ForTenant("organizations"));
        Assert.Throws<ArgumentException>(() => clients.ForTenant("common"));
        clients.Dispose();
    }
}
