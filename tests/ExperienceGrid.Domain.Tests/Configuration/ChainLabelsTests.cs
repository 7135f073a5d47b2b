using System.Text.Json.Nodes;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Configuration;

public sealed class ChainLabelsTests
{
    private static JsonObject Demo() => JsonNode.Parse(DemoChain.Json)!.AsObject();

    private static ChainConfig Load(JsonObject config) => ChainConfigLoader.Load(config.ToJsonString());

    private static IReadOnlyList<string> ProblemsOf(JsonObject config)
    {
        Assert.False(ChainConfigLoader.TryLoad(config.ToJsonString(), out _, out var problems));
        return problems;
    }

    [Fact]
    public void The_demo_chain_names_every_code_in_words()
    {
        var chain = DemoChain.Config;

        Assert.Equal("Queue wait", chain.TouchpointName("queue.wait"));
        Assert.All(chain.Touchpoints, t => Assert.NotEqual(t.Kind, t.Name));
        Assert.Equal("Needless transfer", chain.Labels.NameOf(AntiPattern.NeedlessTransfer));
        Assert.Equal("WOW", chain.Labels.NameOf(MomentKind.Wow));
        Assert.Equal("Follow-up", chain.Labels.NameOf(JourneyStage.FollowUp));
        Assert.Equal("Ended", chain.Labels.StatusName("expired"));
        Assert.Equal(["urgent", "high", "watch"], chain.Labels.PriorityLevels.Select(l => l.Level));
    }

    [Theory]
    [InlineData(2.4, "urgent", "Urgent")]
    [InlineData(1.2, "urgent", "Urgent")]
    [InlineData(1.19, "high", "High")]
    [InlineData(0.6, "high", "High")]
    [InlineData(0.59, "watch", "Watch")]
    [InlineData(0.2, "watch", "Watch")]
    [InlineData(0, "watch", "Watch")]
    public void A_priority_falls_in_the_highest_level_it_reaches(double priority, string level, string name)
    {
        var found = DemoChain.Config.Labels.LevelOf(priority);

        Assert.Equal((level, name), (found.Level, found.Name));
    }

    [Fact]
    public void Levels_are_read_in_any_order_and_sorted_highest_first()
    {
        var config = Demo();
        config["priorityLevels"] = JsonNode.Parse("""
            [{ "level": "low", "name": "Laag", "from": 0 }, { "level": "now", "name": "Nu", "from": 1 }]
            """);

        var labels = Load(config).Labels;

        Assert.Equal(["now", "low"], labels.PriorityLevels.Select(l => l.Level));
        Assert.Equal("Nu", labels.LevelOf(1.2).Name);
        Assert.Equal("Laag", labels.LevelOf(0.99).Name);
    }

    [Fact]
    public void A_chain_without_names_gets_readable_fallbacks()
    {
        var config = Demo();
        config.Remove("labels");
        config.Remove("priorityLevels");
        foreach (var touchpoint in config["touchpoints"]!.AsArray())
        {
            touchpoint!.AsObject().Remove("name");
        }

        var chain = Load(config);

        Assert.Equal("Queue wait", chain.TouchpointName("queue.wait"));
        Assert.Equal("Follow up done", chain.TouchpointName("follow_up.done"));
        Assert.Equal("Needless transfer", chain.Labels.NameOf(AntiPattern.NeedlessTransfer));
        Assert.Equal("Said no without alternative", chain.Labels.NameOf(AntiPattern.SaidNoWithoutAlternative));
        Assert.Equal("Wow", chain.Labels.NameOf(MomentKind.Wow));
        Assert.Equal("Follow up", chain.Labels.NameOf(JourneyStage.FollowUp));
        Assert.Equal("Escalated", chain.Labels.StatusName("escalated"));
        Assert.Equal(ChainLabels.DefaultPriorityLevels, chain.Labels.PriorityLevels);
    }

    [Fact]
    public void Venue_types_and_tiers_are_named_from_the_labels_or_their_code()
    {
        Assert.Equal("Cafés", DemoChain.Config.Labels.VenueTypeName("cafe"));
        Assert.Equal("Platinum", DemoChain.Config.Labels.NameOf(Tier.Platinum));

        var config = Demo();
        config["labels"] = JsonNode.Parse("""{ "venueTypes": { "restaurant": "Restaurants" }, "tiers": { "gold": "Goud" } }""");
        var labels = Load(config).Labels;

        Assert.Equal("Restaurants", labels.VenueTypeName("restaurant"));
        Assert.Equal("Cafe", labels.VenueTypeName("cafe"));
        Assert.Equal(["cafe", "restaurant"], labels.VenueTypes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Goud", labels.NameOf(Tier.Gold));
        Assert.Equal("Silver", labels.NameOf(Tier.Silver));

        config["labels"] = JsonNode.Parse("""{ "venueTypes": { "bar": "Bars" }, "tiers": { "diamond": "Diamond" } }""");
        var problems = ProblemsOf(config);

        Assert.Contains("labels.venueTypes.bar: unknown field (expected one of: restaurant, cafe)", problems);
        Assert.Contains(problems, p => p.StartsWith("labels.tiers.diamond: unknown field (expected one of: bronze, silver, gold, platinum)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chain_may_name_only_some_codes()
    {
        var config = Demo();
        config["labels"] = JsonNode.Parse("""{ "antiPatterns": { "needlessTransfer": "Doorverwezen" } }""");

        var labels = Load(config).Labels;

        Assert.Equal("Doorverwezen", labels.NameOf(AntiPattern.NeedlessTransfer));
        Assert.Equal("Cut off", labels.NameOf(AntiPattern.CutOff));
        Assert.Equal("Misery", labels.NameOf(MomentKind.Misery));
    }

    [Fact]
    public void Unknown_codes_and_empty_names_are_reported_with_their_path()
    {
        var config = Demo();
        config["labels"]!["antiPatterns"]!["rudeness"] = "Rude";
        config["labels"]!["moments"]!["wow"] = " ";
        config["labels"]!["alertStatuses"]!["snoozed"] = "Snoozed";
        config["labels"]!["colours"] = new JsonObject();
        config["touchpoints"]![4]!["name"] = 7;

        var problems = ProblemsOf(config);

        Assert.Contains(problems, p => p.StartsWith("labels.antiPatterns.rudeness: unknown field (expected one of: saidNoWithoutAlternative,", StringComparison.Ordinal));
        Assert.Contains("labels.moments.wow: must not be empty", problems);
        Assert.Contains("labels.alertStatuses.snoozed: unknown field (expected one of: raised, claimed, escalated, resolved, expired)", problems);
        Assert.Contains(problems, p => p.StartsWith("labels.colours: unknown field", StringComparison.Ordinal));
        Assert.Contains("touchpoints[4].name: must be a string, not the number 7", problems);
        Assert.True(problems.Count == 5, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Priority_levels_must_be_css_words_distinct_and_start_at_zero()
    {
        var config = Demo();
        config["priorityLevels"] = JsonNode.Parse("""
            [
              { "level": "Very Urgent", "name": "Very urgent", "from": 2 },
              { "level": "high", "name": "High", "from": 1 },
              { "level": "high", "name": "High again", "from": 0.5 },
              { "level": "soon", "name": "Soon", "from": 1 },
              { "level": "watch", "from": 0.2 }
            ]
            """);

        var problems = ProblemsOf(config);

        Assert.Contains(problems, p => p.StartsWith("priorityLevels[0].level: 'Very Urgent' must be a lower-case word", StringComparison.Ordinal));
        Assert.Contains("priorityLevels[2].level: duplicate level 'high'", problems);
        Assert.Contains("priorityLevels[3].from: another level already starts at 1", problems);
        Assert.Contains("priorityLevels[4].name: is required", problems);
        Assert.True(problems.Count == 4, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Without_a_level_at_zero_some_alerts_would_have_none()
    {
        var config = Demo();
        config["priorityLevels"] = JsonNode.Parse("""[{ "level": "urgent", "name": "Urgent", "from": 1 }]""");

        Assert.Equal(["priorityLevels: one level must start at 0 (from: 0) so every alert has a level"], ProblemsOf(config));
    }

    [Theory]
    [InlineData("[]", "priorityLevels: must have at least 1 item")]
    [InlineData("\"urgent\"", "priorityLevels: must be an array, not the string \"urgent\"")]
    public void Priority_levels_must_be_a_non_empty_list(string json, string problem)
    {
        var config = Demo();
        config["priorityLevels"] = JsonNode.Parse(json);

        Assert.Equal([problem], ProblemsOf(config));
    }

    [Theory]
    [InlineData("queue.wait", "Queue wait")]
    [InlineData("staff.said_no", "Staff said no")]
    [InlineData("NeedlessTransfer", "Needless transfer")]
    [InlineData("followUp", "Follow up")]
    [InlineData("window-seats", "Window seats")]
    [InlineData("WOW", "Wow")]
    public void Humanize_turns_a_code_into_words(string code, string words) =>
        Assert.Equal(words, ChainLabels.Humanize(code));
}
