using System.Collections.Concurrent;

namespace ExperienceGrid.LoadGenerator.Recording;

/// <summary>
/// Errors by kind (<c>http 503</c>, <c>http 503 without Retry-After</c>, <c>connect ConnectionRefused</c>,
/// <c>timeout</c>, <c>hub disconnected</c>…). Thread-safe.
/// </summary>
public sealed class ErrorCounter
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public long Total => _counts.Values.Sum();

    public void Add(string kind, long count = 1) => _counts.AddOrUpdate(kind, count, (_, current) => current + count);

    public IReadOnlyDictionary<string, long> Snapshot() =>
        new SortedDictionary<string, long>(_counts.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
}
