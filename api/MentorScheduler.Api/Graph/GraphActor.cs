namespace MentorScheduler.Api.Graph;

/// <summary>Who a Graph call is made as: the signed-in user (on-behalf-of, delegated) or the application.</summary>
public enum GraphActor
{
    User,
    App,
}
