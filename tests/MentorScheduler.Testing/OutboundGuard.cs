using System.Diagnostics;
using System.Net;

namespace MentorScheduler.Testing;

/// <summary>
/// Refuses every HTTP request of this process that leaves the machine: the test world's app reaches Graph
/// through its simulator on a loopback port, and nothing else. HttpClient reports each request to
/// <see cref="DiagnosticListener"/> before it connects; the guard throws there, so the call fails loudly and
/// never goes out. Refusals are kept in <see cref="Blocked"/> for a test to look at.
/// </summary>
public sealed class OutboundGuard : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly Lazy<OutboundGuard> Instance = new(() =>
    {
        var guard = new OutboundGuard();
        DiagnosticListener.AllListeners.Subscribe(guard);
        return guard;
    });

    private readonly List<Uri> _blocked = [];

    /// <summary>Starts guarding this process (once; later calls return the same guard).</summary>
    public static OutboundGuard Install() => Instance.Value;

    /// <summary>Every refused call so far.</summary>
    public IReadOnlyList<Uri> Blocked
    {
        get
        {
            lock (_blocked) return _blocked.ToList();
        }
    }

    public static bool IsLocal(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "HttpHandlerDiagnosticListener") listener.Subscribe(this);
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != "System.Net.Http.Request" && value.Key != "System.Net.Http.HttpRequestOut.Start") return;
        var request = value.Value?.GetType().GetProperty("Request")?.GetValue(value.Value) as HttpRequestMessage;
        if (request?.RequestUri is not { IsAbsoluteUri: true } target || IsLocal(target)) return;
        lock (_blocked) _blocked.Add(target);
        throw new OutboundCallBlockedException(target);
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
