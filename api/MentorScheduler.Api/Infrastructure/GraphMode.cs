namespace MentorScheduler.Api.Infrastructure;

/// <summary><c>Simulated</c>: the in-process Graph simulator and local tokens. <c>Live</c>: Microsoft Graph and Entra ID.</summary>
public enum GraphMode
{
    Simulated,
    Live,
}
