using System.Collections.Concurrent;

namespace MentorScheduler.Api.Agendas;

/// <summary>Compiled templates by source, shared across requests and sweeps.</summary>
public sealed class CompiledTemplateCache
{
    private readonly ConcurrentDictionary<(string, TemplateFormat), Func<AgendaModel, string>> _compiled = new();

    public Func<AgendaModel, string> Get(string source, TemplateFormat format, ITemplateEngine engine) =>
        _compiled.GetOrAdd((source, format), key =>
        {
            var compiled = engine.Compile(key.Item1, key.Item2);
            return compiled.Succeeded ? compiled.Render! : throw new InvalidOperationException($"A stored agenda template does not compile: {compiled.Errors[0]}");
        });
}
