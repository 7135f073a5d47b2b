using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Simulation.Tests;

public sealed class GuestNamesTests
{
    private static readonly ChainConfig _chain =
        ChainConfigLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-chain.json")));

    private static readonly DateTimeOffset _at = new(2026, 11, 23, 19, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_guest_has_the_same_made_up_name_every_time_and_guests_differ()
    {
        var names = Enumerable.Range(0, 200).Select(i => GuestNames.For($"c-{i:00000}")).ToList();

        Assert.Equal(names, Enumerable.Range(0, 200).Select(i => GuestNames.For($"c-{i:00000}")));
        Assert.All(names, n => Assert.Matches(@"^[A-Z][a-z]+ [A-Z]\.$", n));
        Assert.True(names.Distinct().Count() > 100, $"{names.Distinct().Count()} different names for 200 guests");
    }

    [Fact]
    public void With_guest_names_on_each_visit_names_its_guest_once_first_and_off_nobody_is_named()
    {
        var named = new JourneySimulator(_chain, new JourneyOptions { Customers = 30, ConcurrentVisits = 10, GuestNames = true }, seed: 3, runId: "r").Next(3_000, _at);
        var plain = new JourneySimulator(_chain, new JourneyOptions { Customers = 30, ConcurrentVisits = 10 }, seed: 3, runId: "r").Next(3_000, _at);

        var carrying = named.Where(t => t.Attributes?.ContainsKey(GuestNames.Attribute) == true).ToList();
        Assert.All(carrying, t => Assert.Equal(GuestNames.For(t.CustomerId), t.Attributes![GuestNames.Attribute]));
        Assert.Equal(named.Count(t => t.Kind == "visit.start"), carrying.Count);
        Assert.All(carrying, t => Assert.Equal("visit.start", t.Kind));
        Assert.DoesNotContain(plain, t => t.Attributes is not null);
    }
}
