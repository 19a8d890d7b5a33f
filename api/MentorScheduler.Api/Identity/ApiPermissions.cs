namespace MentorScheduler.Api.Identity;

/// <summary>Names shared by token issuing, validation and policies.</summary>
public static class ApiPermissions
{
    /// <summary>The delegated scope the API exposes; every user token must carry it.</summary>
    public const string Scope = "access_as_user";

    /// <summary>The app role of the tenant's program admins.</summary>
    public const string AdminRole = "MentorScheduler.Admin";

    /// <summary>Policy for every <c>/api</c> call: a user token with the scope, a tenant and an object id.</summary>
    public const string UserPolicy = "MentorSchedulerUser";

    /// <summary>Policy for program admins.</summary>
    public const string AdminPolicy = "MentorSchedulerAdmin";
}
