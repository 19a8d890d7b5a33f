using Microsoft.Kiota.Abstractions;

namespace MentorScheduler.Api.Graph;

/// <summary>
/// One Graph request of a batch, with the mailbox it touches and a key to find its outcome. The request is
/// built afresh for each attempt: a request's body is a stream that one attempt consumes.
/// </summary>
public sealed record GraphStep(string Key, string Mailbox, Func<RequestInformation> Build);
