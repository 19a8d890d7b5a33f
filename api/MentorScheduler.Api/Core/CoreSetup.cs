namespace MentorScheduler.Api.Core;

/// <summary>Registers what every feature shares: the one way to find a relationship or session the caller may see.</summary>
public static class CoreSetup
{
    public static IServiceCollection AddRecordAccess(this IServiceCollection services) =>
        services.AddScoped<RecordAccess>();
}
