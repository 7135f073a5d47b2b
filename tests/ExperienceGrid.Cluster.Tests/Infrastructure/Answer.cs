using System.Net;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>One answer (or none) to a request — a batch the <see cref="LoadDriver"/> sent, or a read: when, from which silo, what.</summary>
/// <param name="Sent">When the request left.</param>
/// <param name="At">When the answer came (or the request failed).</param>
/// <param name="Silo">The silo asked, or the front end for a read through one.</param>
/// <param name="Status">The HTTP status, or null when no answer came (connection refused, reset, timed out).</param>
/// <param name="RetryAfter">Whether the answer carried a Retry-After header.</param>
/// <param name="Path">For a read, the path read.</param>
public sealed record Answer(DateTime Sent, DateTime At, int Silo, HttpStatusCode? Status, bool RetryAfter, string? Error, string? Path = null)
{
    public bool Accepted => Status == HttpStatusCode.Accepted;

    /// <summary>The answer ingestion owes a client while it cannot store: 503 with Retry-After.</summary>
    public bool Unavailable => Status == HttpStatusCode.ServiceUnavailable && RetryAfter;

    public TimeSpan Duration => At - Sent;

    /// <summary>What came back, e.g. "202", "503 Retry-After" or "no answer (HttpRequestException)".</summary>
    public string Kind => Status is { } s ? $"{(int)s}{(RetryAfter ? " Retry-After" : "")}" : $"no answer ({Error})";

    /// <summary>Answers counted by kind, most frequent first, e.g. "398 × 202, 14 × 503 Retry-After".</summary>
    public static string Tally(IEnumerable<Answer> answers) =>
        string.Join(", ", answers.GroupBy(a => a.Kind).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} × {g.Key}"));

    public override string ToString() =>
        $"{At:HH:mm:ss.fff} silo {Silo}{(Path is null ? "" : $" {Path}")} after {Duration.TotalMilliseconds:0} ms: {Kind}";
}
