using Microsoft.Graph.Models;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// How a series in Outlook is tied to our record: a single-value extended property whose value names the
/// relationship and the series version, and a transactionId derived from the same two facts, so a retried,
/// timed-out or doubled create never makes a second series.
/// </summary>
public static class SeriesLink
{
    public const string PropertyId = "String {8d3f3b7e-2a61-4c8e-9f0a-5b1d7c2e4a90} Name MentorshipSeries";

    public static string Value(Guid relationshipId, int version) => $"{relationshipId:D}/v{version}";

    public static string TransactionId(Guid relationshipId, int version) => $"mentorship-{relationshipId:D}-series-v{version}";

    public static SingleValueLegacyExtendedProperty Property(Guid relationshipId, int version) =>
        new() { Id = PropertyId, Value = Value(relationshipId, version) };

    /// <summary>The OData filter that finds the series carrying this link.</summary>
    public static string Filter(Guid relationshipId, int version) =>
        $"singleValueExtendedProperties/Any(ep: ep/id eq '{PropertyId}' and ep/value eq '{Value(relationshipId, version)}')";
}
