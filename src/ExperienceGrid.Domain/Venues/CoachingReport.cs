using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// Anti-pattern coaching for one venue from its history: per anti-pattern, how often it happened this week and the
/// week before, in which shift and by whom, and which action recovered guests how often, also per staff member who
/// claimed the alert; each line also in words.
/// </summary>
public sealed record CoachingReport(string VenueId, string? Shift, IReadOnlyList<string> Shifts, IReadOnlyList<CoachingLine> AntiPatterns)
{
    /// <summary>
    /// The report from the hours of this week and of the week before (7 days each); <paramref name="shift"/> narrows
    /// the counts to one shift. Anti-patterns that happened in neither week are left out; the commonest come first.
    /// </summary>
    public static CoachingReport Build(
        string venueId, IEnumerable<VenueTally> thisWeek, IEnumerable<VenueTally> lastWeek, string? shift, ChainConfig chain)
    {
        var now = Total(thisWeek);
        var before = Total(lastWeek);
        bool InShift(AntiPatternCount c) => shift is null || c.Shift == shift;
        var lines = now.AntiPatternsOrEmpty.Concat(before.AntiPatternsOrEmpty).Select(c => c.AntiPattern).Distinct()
            .Select(antiPattern =>
            {
                var counts = now.AntiPatternsOrEmpty.Where(c => c.AntiPattern == antiPattern && InShift(c)).ToList();
                var earlier = before.AntiPatternsOrEmpty.Where(c => c.AntiPattern == antiPattern && InShift(c)).Sum(c => c.Count);
                var byShift = Tally(counts, c => c.Shift);
                var byStaff = Tally(counts.Where(c => c.StaffId is not null), c => c.StaffId!);
                var actions = now.PlaybookOrEmpty.Where(p => p.AntiPattern == antiPattern).GroupBy(p => p.Action)
                    .Select(g => new CoachingAction(g.Key, g.Sum(p => p.Ended), g.Sum(p => p.Recovered), ByStaff(g)))
                    .OrderByDescending(a => (double)a.Recovered / a.Ended).ThenByDescending(a => a.Ended).ToList();
                var line = new CoachingLine(antiPattern, chain.Labels.NameOf(antiPattern), counts.Sum(c => c.Count), earlier, byShift, byStaff, actions, "");
                return line with { Summary = Words(line, shift) };
            })
            .Where(l => l.ThisWeek + l.LastWeek > 0)
            .OrderByDescending(l => l.ThisWeek).ThenByDescending(l => l.LastWeek).ToList();
        return new CoachingReport(venueId, shift, [.. chain.Insights.Shifts.Select(s => s.Name)], lines);
    }

    private static VenueTally Total(IEnumerable<VenueTally> tallies) => tallies.Aggregate(VenueTally.Empty(0), (sum, t) => sum.Plus(t));

    private static IReadOnlyDictionary<string, int> Tally(IEnumerable<AntiPatternCount> counts, Func<AntiPatternCount, string> key) =>
        counts.GroupBy(key).OrderByDescending(g => g.Sum(c => c.Count)).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));

    private static List<StaffAction> ByStaff(IEnumerable<PlaybookCount> counts) =>
        [.. counts.Where(p => p.StaffId is not null).Select(p => new StaffAction(p.StaffId!, p.Ended, p.Recovered))
            .OrderByDescending(s => s.Ended).ThenBy(s => s.StaffId, StringComparer.Ordinal)];

    /// <summary>"Quoted policy: 9 this week, up from 3 — mostly at dinner; guests were recovered 4 of 5 times when staff chose "…"."</summary>
    private static string Words(CoachingLine line, string? shift)
    {
        var trend = line.ThisWeek == line.LastWeek ? $"as many as last week" : line.ThisWeek > line.LastWeek ? $"up from {line.LastWeek}" : $"down from {line.LastWeek}";
        var words = $"{line.Name}: {line.ThisWeek} this week, {trend}";
        if (shift is null && line.ByShift.Count > 1 && line.ByShift.First() is var (top, count) && count * 2 > line.ThisWeek)
        {
            words += $" — mostly at {top}";
        }

        if (line.Actions.FirstOrDefault(a => a.Recovered > 0) is { } best)
        {
            words += $"; guests were recovered {best.Recovered} of {best.Ended} times when staff chose \"{best.Action.TrimEnd('.')}\"";
        }

        return words + ".";
    }
}
