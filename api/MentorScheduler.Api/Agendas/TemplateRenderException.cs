namespace MentorScheduler.Api.Agendas;

/// <summary>The tenant's agenda template could not render one agenda: that agenda waits, every other goes on.</summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TemplateRenderException()
    {
    }

    public TemplateRenderException(string message)
        : base(message)
    {
    }
}
