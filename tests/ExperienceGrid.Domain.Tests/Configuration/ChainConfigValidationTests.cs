using System.Text.Json.Nodes;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Configuration;

public sealed class ChainConfigValidationTests
{
    private static JsonObject Demo() => JsonNode.Parse(DemoChain.Json)!.AsObject();

    private static IReadOnlyList<string> ProblemsOf(JsonObject config)
    {
        Assert.False(ChainConfigLoader.TryLoad(config.ToJsonString(), out var loaded, out var problems));
        Assert.Null(loaded);
        return problems;
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_path()
    {
        var config = Demo();
        var touchpoints = config["touchpoints"]!.AsArray();
        var waitIndex = touchpoints.Select(t => (string)t!["kind"]!).ToList().IndexOf("queue.wait");
        touchpoints[waitIndex]!["thresholds"]!["misery"] = 1;
        config["venues"]![2]!["regionId"] = "x";
        config["venues"]![3]!["id"] = (string)config["venues"]![0]!["id"]!;
        config["brands"]![0]!.AsObject().Remove("name");
        touchpoints[1]!["stage"] = "lunch";

        var problems = ProblemsOf(config);

        Assert.Contains($"touchpoints[{waitIndex}].thresholds.misery: must be greater than wow (2)", problems);
        Assert.Contains("venues[2].regionId: unknown region 'x'", problems);
        Assert.Contains(problems, p => p.StartsWith("venues[3].id: duplicate venue id", StringComparison.Ordinal) && p.Contains("venues[0]"));
        Assert.Contains("brands[0].name: is required", problems);
        Assert.Contains(problems, p => p.StartsWith("touchpoints[1].stage: 'lunch' is not one of", StringComparison.Ordinal));
        Assert.True(problems.Count == 5, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Load_throws_with_the_full_list_and_a_joined_message()
    {
        var config = Demo();
        config["venues"]![0]!["brandId"] = "nope";
        config["tiers"]!["gold"] = 10;

        var ex = Assert.Throws<ChainConfigException>(() => ChainConfigLoader.Load(config.ToJsonString()));

        Assert.Equal(2, ex.Problems.Count);
        Assert.Contains("venues[0].brandId: unknown brand 'nope'", ex.Problems);
        Assert.Contains("tiers.gold: must be greater than silver (30)", ex.Problems);
        Assert.All(ex.Problems, p => Assert.Contains(p, ex.Message));
    }

    [Fact]
    public void Malformed_json_reports_line_and_column()
    {
        var problems = RawProblemsOf("{\n  \"id\": \"x\",\n  \"name\": oops\n}");
        var problem = Assert.Single(problems);
        Assert.StartsWith("$: malformed JSON at line 3", problem);
    }

    [Fact]
    public void Higher_is_better_thresholds_must_descend()
    {
        var config = Demo();
        var touchpoints = config["touchpoints"]!.AsArray();
        var index = touchpoints.Select(t => (string)t!["kind"]!).ToList().IndexOf("survey.rating");
        touchpoints[index]!["thresholds"]!["misery"] = 4.8;
        touchpoints[index]!["thresholds"]!["deepMisery"] = 4.9;

        var problems = ProblemsOf(config);

        Assert.Contains($"touchpoints[{index}].thresholds.misery: must be less than wow (4.5)", problems);
        Assert.Contains($"touchpoints[{index}].thresholds.deepMisery: must be less than misery (4.8)", problems);
    }

    [Fact]
    public void Missing_sections_fields_and_required_kinds_are_named()
    {
        var config = Demo();
        config.Remove("riskPolicy");
        config["visits"]!["inactivityTimeoutMinutes"] = -5;
        var touchpoints = config["touchpoints"]!.AsArray();
        touchpoints.RemoveAt(touchpoints.Select(t => (string)t!["kind"]!).ToList().IndexOf("visit.start"));

        var problems = ProblemsOf(config);

        Assert.Contains("riskPolicy: is required", problems);
        Assert.Contains(problems, p => p.StartsWith("visits.inactivityTimeoutMinutes: must be greater than 0", StringComparison.Ordinal));
        Assert.Contains("touchpoints: missing required kind 'visit.start'", problems);
    }

    [Fact]
    public void Typos_and_wrong_types_are_reported_not_ignored()
    {
        var config = Demo();
        config["venues"]![1]!["regoinId"] = "north";
        config["venues"]![1]!["zones"] = "counter";
        config["brands"]![1]!["positioning"]!["speed"] = "fast";

        var problems = ProblemsOf(config);

        Assert.Contains(problems, p => p.StartsWith("venues[1].regoinId: unknown field", StringComparison.Ordinal));
        Assert.Contains("venues[1].zones: must be an array, not the string \"counter\"", problems);
        Assert.Contains("brands[1].positioning.speed: must be a number, not the string \"fast\"", problems);
    }

    [Fact]
    public void Markers_cannot_be_moments_and_measured_kinds_cannot_be_fixed()
    {
        var config = Demo();
        var touchpoints = config["touchpoints"]!.AsArray();
        var kinds = touchpoints.Select(t => (string)t!["kind"]!).ToList();
        touchpoints[kinds.IndexOf("visit.end")]!["moment"] = "wow";
        touchpoints[kinds.IndexOf("queue.wait")]!["moment"] = "misery";

        var problems = ProblemsOf(config);

        Assert.Contains(problems, p => p.StartsWith($"touchpoints[{kinds.IndexOf("visit.end")}].moment: a marker", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"touchpoints[{kinds.IndexOf("queue.wait")}].moment: a measured kind", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    public void A_non_object_root_is_one_clear_problem(string json) =>
        Assert.Equal(["$: the configuration must be a JSON object"], RawProblemsOf(json));

    private static IReadOnlyList<string> RawProblemsOf(string json)
    {
        Assert.False(ChainConfigLoader.TryLoad(json, out _, out var problems));
        return problems;
    }
}
