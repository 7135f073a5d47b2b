using System.Text.Json.Nodes;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Configuration;

/// <summary>The chain config's "insights" section: shift bands in a venue's local time, the follow-up due time and touchpoint, recognition.</summary>
public sealed class InsightSettingsTests
{
    private static JsonObject Demo() => JsonNode.Parse(DemoChain.Json)!.AsObject();

    [Theory]
    [InlineData("2025-01-14T12:30:00Z", "lunch")]
    [InlineData("2025-07-14T10:30:00Z", "lunch")] // 11:30 in London in summer time
    [InlineData("2025-01-14T23:30:00Z", "late")]
    [InlineData("2025-01-15T03:00:00Z", "late")]
    [InlineData("2025-01-14T16:00:00Z", "afternoon")]
    public void A_moment_falls_in_the_shift_of_the_venues_local_time(string at, string shift)
    {
        DemoChain.Config.TryGetVenue(DemoChain.BurgerVenue, out var venue);

        Assert.Equal(shift, DemoChain.Config.Insights.ShiftOf(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), venue));
    }

    [Fact]
    public void Without_the_section_every_moment_is_outside_shifts_follow_ups_are_due_in_a_day_and_staff_are_credited()
    {
        var config = Demo();
        config.Remove("insights");

        var insights = ChainConfigLoader.Load(config.ToJsonString()).Insights;

        Assert.Equal((InsightSettings.OutsideShifts, TimeSpan.FromHours(24), "follow_up.done", true),
            (insights.ShiftOf(DateTimeOffset.UnixEpoch, null), insights.FollowUpDue, insights.FollowUpTouchpoint, insights.Recognition));
    }

    [Fact]
    public void Bad_insights_are_reported_with_their_paths()
    {
        var config = Demo();
        var insights = config["insights"]!.AsObject();
        insights["shifts"]![0]!["from"] = "6am";
        insights["shifts"]![1]!["name"] = "breakfast";
        insights["followUpTouchpoint"] = "greeting";
        insights["followUpDueMinutes"] = 0;
        insights["recognition"] = "yes";

        Assert.False(ChainConfigLoader.TryLoad(config.ToJsonString(), out _, out var problems));

        Assert.Contains(problems, p => p.StartsWith("insights.shifts[0].from:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("insights.shifts[1].name: shift 'breakfast' appears twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("insights.followUpTouchpoint: 'greeting' is not a recovery touchpoint", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("insights.followUpDueMinutes:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("insights.recognition: must be true or false", StringComparison.Ordinal));
    }
}
