using MentorScheduler.Api.Identity;

namespace MentorScheduler.Api.Core;

/// <summary>
/// Registers what every feature shares: the one way to find a relationship or session the caller may see, and the
/// tenant's privacy setting for what program admins read.
/// </summary>
public static class CoreSetup
{
    public static IServiceCollection AddRecordAccess(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section);
        return services.AddScoped<RecordAccess>();
    }
}
