using System.Text.Json.Nodes;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Nudges;

public sealed class NudgeConfigTests
{
    [Fact]
    public void The_demo_chain_watches_queues_and_the_kitchen()
    {
        var nudges = DemoChain.Config.Nudges;
        Assert.Equal(0.75, nudges.Fraction);
        Assert.Equal("queue.joined", nudges.WatchFor("queue.seated")?.StartedBy);
        Assert.Contains("care.offered", nudges.CareKinds);
        Assert.All(DemoChain.Config.Brands, b => Assert.NotEmpty(b.WaitingCare));
    }

    // One list of offers goes with every watched wait (a queue, a table, the kitchen): none may name one of them.
    [Fact]
    public void The_demo_chains_waiting_care_fits_any_wait()
    {
        string[] onlyOneWait = ["queue", "order", "cooking", "kitchen", "table", "bring it over"];
        var offers = DemoChain.Config.Brands.SelectMany(b => b.WaitingCare).ToList();
        Assert.NotEmpty(offers);
        Assert.All(offers, offer => Assert.DoesNotContain(onlyOneWait, word => offer.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Without_a_nudges_section_nudges_are_off()
    {
        var config = JsonNode.Parse(DemoChain.Json)!.AsObject();
        config.Remove("nudges");
        var loaded = ChainConfigLoader.Load(config.ToJsonString());
        Assert.Same(NudgePolicy.Off, loaded.Nudges);

        var guest = new Guest("n-off", new ExperienceModel(loaded));
        guest.Touch("queue.wait", 0, value: 5);
        Assert.Empty(guest.SignalsOf<NudgeRaised>());
    }

    [Fact]
    public void Every_nudge_problem_is_named_by_its_path()
    {
        var config = JsonNode.Parse(DemoChain.Json)!.AsObject();
        var nudges = config["nudges"]!.AsObject();
        nudges["fraction"] = 1;
        nudges["venueMaxOpen"] = 2.5;
        nudges["careKinds"] = new JsonArray("care.offered", "complaint", "nope");
        nudges["watch"] = new JsonArray(
            new JsonObject { ["kind"] = "food.quality" },
            new JsonObject { ["kind"] = "queue.seated", ["startedBy"] = "queue.seated" },
            new JsonObject { ["kind"] = "queue.wait", ["startedBy"] = "nope" });

        Assert.False(ChainConfigLoader.TryLoad(config.ToJsonString(), out _, out var problems));

        Assert.Equal(
            [
                "nudges.fraction: must be less than 1: a nudge comes before the misery threshold",
                "nudges.venueMaxOpen: must be a whole number",
                "nudges.careKinds[1]: 'complaint' must be a care moment: not a marker, not measured, never misery",
                "nudges.careKinds[2]: unknown touchpoint kind 'nope'",
                "nudges.watch[0].kind: 'food.quality' must be a measured lower-is-better kind in minutes",
                "nudges.watch[1].startedBy: a wait cannot be started by the kind that ends it",
                "nudges.watch[2].startedBy: unknown touchpoint kind 'nope'",
            ],
            problems);
    }
}
