using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>Coaching in numbers and words from a venue's hours of this week and the week before.</summary>
public sealed class CoachingReportTests
{
    private static VenueTally Hour(params AntiPatternCount[] counts) => VenueTally.Empty(0) with { AntiPatterns = [.. counts] };

    private static readonly VenueTally[] _thisWeek =
    [
        Hour(new AntiPatternCount(AntiPattern.QuotedPolicy, "dinner", "staff.ann", 6), new AntiPatternCount(AntiPattern.QuotedPolicy, "lunch", null, 3)),
        VenueTally.Empty(60) with
        {
            Playbook =
            [
                new PlaybookCount(AntiPattern.QuotedPolicy, "Offered a callback", 3, 2, "staff.priya"),
                new PlaybookCount(AntiPattern.QuotedPolicy, "Offered a callback", 2, 2, "staff.sam"),
                new PlaybookCount(AntiPattern.QuotedPolicy, "Explained the rule", 3, 0, "staff.sam"),
            ],
        },
        Hour(new AntiPatternCount(AntiPattern.CutOff, "lunch", "staff.ben", 1)),
    ];

    private static readonly VenueTally[] _lastWeek = [Hour(new AntiPatternCount(AntiPattern.QuotedPolicy, "dinner", null, 3), new AntiPatternCount(AntiPattern.NoApology, "late", null, 2))];

    [Fact]
    public void Each_anti_pattern_says_how_often_where_and_which_action_recovered_guests()
    {
        var report = CoachingReport.Build("v", _thisWeek, _lastWeek, shift: null, DemoChain.Config);

        var policy = report.AntiPatterns[0];
        Assert.Equal((AntiPattern.QuotedPolicy, 9, 3), (policy.AntiPattern, policy.ThisWeek, policy.LastWeek));
        Assert.Equal(new Dictionary<string, int> { ["dinner"] = 6, ["lunch"] = 3 }, policy.ByShift);
        Assert.Equal(new Dictionary<string, int> { ["staff.ann"] = 6 }, policy.ByStaff);
        Assert.Equal(
            $"{DemoChain.Config.Labels.NameOf(AntiPattern.QuotedPolicy)}: 9 this week, up from 3 — mostly at dinner; guests were recovered 4 of 5 times when staff chose \"Offered a callback\".",
            policy.Summary);
        Assert.Equal([AntiPattern.QuotedPolicy, AntiPattern.CutOff, AntiPattern.NoApology], report.AntiPatterns.Select(l => l.AntiPattern));
        Assert.EndsWith(": 0 this week, down from 2.", report.AntiPatterns[2].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_action_says_who_claimed_the_alerts_it_answered_and_how_often_their_guests_recovered()
    {
        // A try kept before the claimer was counted adds up into the action, under nobody.
        var older = VenueTally.Empty(120) with { Playbook = [new PlaybookCount(AntiPattern.QuotedPolicy, "Offered a callback", 1, 0)] };

        var report = CoachingReport.Build("v", [.. _thisWeek, older], _lastWeek, shift: null, DemoChain.Config);

        var actions = report.AntiPatterns[0].Actions;
        Assert.Equal([("Offered a callback", 6, 4), ("Explained the rule", 3, 0)], actions.Select(a => (a.Action, a.Ended, a.Recovered)));
        Assert.Equal([new StaffAction("staff.priya", 3, 2), new StaffAction("staff.sam", 2, 2)], actions[0].ByStaff);
        Assert.Equal([new StaffAction("staff.sam", 3, 0)], actions[1].ByStaff);
    }

    [Fact]
    public void A_shift_narrows_the_counts_to_it()
    {
        var report = CoachingReport.Build("v", _thisWeek, _lastWeek, shift: "lunch", DemoChain.Config);

        Assert.Equal("lunch", report.Shift);
        Assert.Equal([(AntiPattern.QuotedPolicy, 3, 0), (AntiPattern.CutOff, 1, 0)], report.AntiPatterns.Select(l => (l.AntiPattern, l.ThisWeek, l.LastWeek)));
        Assert.DoesNotContain("mostly", report.AntiPatterns[0].Summary, StringComparison.Ordinal);
        Assert.Equal(DemoChain.Config.Insights.Shifts.Select(s => s.Name), report.Shifts);
    }
}
