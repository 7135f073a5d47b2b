using System.Net;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>One answer (or none) to a batch the <see cref="LoadDriver"/> sent: when, from which silo, what.</summary>
/// <param name="Sent">When the request left.</param>
/// <param name="At">When the answer came (or the request failed).</param>
/// <param name="Status">The HTTP status, or null when no answer came (connection refused, reset, timed out).</param>
/// <param name="RetryAfter">Whether the answer carried a Retry-After header.</param>
public sealed record Answer(DateTime Sent, DateTime At, int Silo, HttpStatusCode? Status, bool RetryAfter, string? Error)
{
    public bool Accepted => Status == HttpStatusCode.Accepted;

    /// <summary>The answer ingestion owes a client while it cannot store: 503 with Retry-After.</summary>
    public bool Unavailable => Status == HttpStatusCode.ServiceUnavailable && RetryAfter;

    public TimeSpan Duration => At - Sent;

    public override string ToString() =>
        $"{At:HH:mm:ss.fff} silo {Silo} after {Duration.TotalMilliseconds:0} ms: {(Status is { } s ? $"{(int)s}{(RetryAfter ? " Retry-After" : "")}" : $"no answer ({Error})")}";
}
