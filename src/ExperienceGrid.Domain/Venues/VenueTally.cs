using System.Collections.Immutable;

namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// What happened at a venue in one minute: the unit of its history. A venue hands each finished minute to its day's
/// history grain, which adds minutes into hours; every field adds up, so any range is the sum of its minutes or hours.
/// </summary>
/// <param name="Minute">Unix minutes of the start of the span (for an hour, its first minute).</param>
/// <param name="Touchpoints">Moments by touchpoint kind (kept per hour only, like the other breakdowns: see <see cref="WithoutBreakdowns"/>).</param>
/// <param name="ClaimSeconds">Seconds from raise to claim of each alert claimed, for the median and p90.</param>
/// <param name="AlertedVisitsEnded">Alerted visits that ended; <paramref name="Recovered"/> of them ended better than at the alert.</param>
/// <param name="FollowUpsClosed">Care follow-ups marked done; <paramref name="FollowUpsInTime"/> of them before their due time.</param>
/// <param name="FollowUpsOverdue">Care follow-ups still open at their due time (escalated to the region).</param>
/// <param name="AntiPatterns">Anti-pattern moments by shift and staff member.</param>
/// <param name="Playbook">Per anti-pattern, action taken and who claimed the alert: alerted visits that ended, and how many recovered.</param>
/// <param name="Recognitions">WOWs and recoveries credited per staff member.</param>
[GenerateSerializer, Immutable, Alias("Domain.VenueTally")]
public sealed record VenueTally(
    [property: Id(0)] long Minute,
    [property: Id(1)] MomentCounts Moments,
    [property: Id(2)] ImmutableDictionary<string, MomentCounts> Touchpoints,
    [property: Id(3)] int Raised = 0,
    [property: Id(4)] int Claimed = 0,
    [property: Id(5)] int Resolved = 0,
    [property: Id(6)] int Escalated = 0,
    [property: Id(7)] ImmutableList<int>? ClaimSeconds = null,
    [property: Id(8)] int AlertedVisitsEnded = 0,
    [property: Id(9)] int Recovered = 0,
    [property: Id(10)] int FollowUpsOpened = 0,
    [property: Id(11)] int FollowUpsClosed = 0,
    [property: Id(12)] int FollowUpsInTime = 0,
    [property: Id(13)] int FollowUpsOverdue = 0,
    [property: Id(14)] ImmutableList<AntiPatternCount>? AntiPatterns = null,
    [property: Id(15)] ImmutableList<PlaybookCount>? Playbook = null,
    [property: Id(16)] ImmutableList<RecognitionCount>? Recognitions = null)
{
    public static VenueTally Empty(long minute) => new(minute, MomentCounts.None, ImmutableDictionary.Create<string, MomentCounts>(StringComparer.Ordinal));

    public ImmutableList<int> ClaimSecondsOrEmpty => ClaimSeconds ?? [];

    public ImmutableList<AntiPatternCount> AntiPatternsOrEmpty => AntiPatterns ?? [];

    public ImmutableList<PlaybookCount> PlaybookOrEmpty => Playbook ?? [];

    public ImmutableList<RecognitionCount> RecognitionsOrEmpty => Recognitions ?? [];

    /// <summary>These counts with one more moment of <paramref name="moment"/>'s kind at its touchpoint.</summary>
    public VenueTally With(TouchpointMoment moment) => this with
    {
        Moments = Moments.With(moment.Moment),
        Touchpoints = Touchpoints.SetItem(moment.Touchpoint, Touchpoints.GetValueOrDefault(moment.Touchpoint, MomentCounts.None).With(moment.Moment)),
    };

    public VenueTally With(AntiPatternCount count) => this with { AntiPatterns = Merge(AntiPatterns, [count]) };

    public VenueTally With(RecognitionCount count) => this with { Recognitions = Merge(Recognitions, [count]) };

    public VenueTally With(IReadOnlyList<PlaybookCount> counts) => counts.Count == 0 ? this : this with { Playbook = Merge(Playbook, [.. counts]) };

    /// <summary>The counts a stored minute keeps; the breakdowns by touchpoint, anti-pattern, action and person are kept per hour.</summary>
    public VenueTally WithoutBreakdowns() => this with { Touchpoints = Touchpoints.Clear(), AntiPatterns = null, Playbook = null, Recognitions = null };

    /// <summary>Both spans' counts together, at the earlier span's minute.</summary>
    public VenueTally Plus(VenueTally other)
    {
        var touchpoints = Touchpoints.ToBuilder();
        foreach (var (kind, counts) in other.Touchpoints)
        {
            touchpoints[kind] = touchpoints.GetValueOrDefault(kind, MomentCounts.None).Plus(counts);
        }

        return new VenueTally(
            Math.Min(Minute, other.Minute),
            Moments.Plus(other.Moments),
            touchpoints.ToImmutable(),
            Raised + other.Raised,
            Claimed + other.Claimed,
            Resolved + other.Resolved,
            Escalated + other.Escalated,
            Join(ClaimSeconds, other.ClaimSeconds),
            AlertedVisitsEnded + other.AlertedVisitsEnded,
            Recovered + other.Recovered,
            FollowUpsOpened + other.FollowUpsOpened,
            FollowUpsClosed + other.FollowUpsClosed,
            FollowUpsInTime + other.FollowUpsInTime,
            FollowUpsOverdue + other.FollowUpsOverdue,
            Merge(AntiPatterns, other.AntiPatterns),
            Merge(Playbook, other.Playbook),
            Merge(Recognitions, other.Recognitions));
    }

    private static ImmutableList<T>? Join<T>(ImmutableList<T>? a, ImmutableList<T>? b) =>
        a is null ? b : b is null ? a : a.AddRange(b);

    private static ImmutableList<AntiPatternCount>? Merge(ImmutableList<AntiPatternCount>? a, ImmutableList<AntiPatternCount>? b) =>
        Merge(a, b, c => (c.AntiPattern, c.Shift, c.StaffId), (x, y) => x with { Count = x.Count + y.Count });

    private static ImmutableList<PlaybookCount>? Merge(ImmutableList<PlaybookCount>? a, ImmutableList<PlaybookCount>? b) =>
        Merge(a, b, c => (c.AntiPattern, c.Action, c.StaffId), (x, y) => x with { Ended = x.Ended + y.Ended, Recovered = x.Recovered + y.Recovered });

    private static ImmutableList<RecognitionCount>? Merge(ImmutableList<RecognitionCount>? a, ImmutableList<RecognitionCount>? b) =>
        Merge(a, b, c => c.StaffId, (x, y) => x with { Wows = x.Wows + y.Wows, Recoveries = x.Recoveries + y.Recoveries });

    /// <summary>Counts of both lists, those of the same key added up (the lists are short: a minute's or an hour's).</summary>
    private static ImmutableList<T>? Merge<T, TKey>(ImmutableList<T>? a, ImmutableList<T>? b, Func<T, TKey> key, Func<T, T, T> add)
        where TKey : notnull
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        var merged = a.ToBuilder();
        foreach (var item in b)
        {
            var index = merged.FindIndex(m => EqualityComparer<TKey>.Default.Equals(key(m), key(item)));
            if (index >= 0)
            {
                merged[index] = add(merged[index], item);
            }
            else
            {
                merged.Add(item);
            }
        }

        return merged.ToImmutable();
    }
}
