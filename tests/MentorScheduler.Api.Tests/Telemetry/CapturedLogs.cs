using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace MentorScheduler.Api.Tests.Telemetry;

/// <summary>Every log line the app writes, as a console or OTLP exporter would see it: message, scopes and exception.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Capture(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Capture(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                foreach (var (key, value) in values) line.Append(System.Globalization.CultureInfo.InvariantCulture, $" {key}={value}");
            owner._scopes.ForEachScope((scope, text) =>
            {
                text.Append(" => ").Append(scope);
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    foreach (var (key, value) in pairs) text.Append(System.Globalization.CultureInfo.InvariantCulture, $" {key}={value}");
            }, line);
            if (exception is not null) line.Append(' ').Append(exception);
            owner.Lines.Enqueue(line.ToString());
        }
    }
}
