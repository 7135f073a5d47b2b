using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Classification;

public sealed class WeightingTests
{
    private static readonly Dictionary<string, string> _mild = new() { ["intensity"] = "0.5" };

    [Fact]
    public void Weight_is_brand_dimension_weight_times_stage_weight()
    {
        var guest = new Guest("weight-1");
        guest.Touch("greeting", 0, value: 10);
        var moment = Assert.Single(guest.Visit.Moments);
        Assert.Equal(0.8 * 1.3, moment.Weight, 9); // Blaze care 0.8 × arrival 1.3
    }

    [Fact]
    public void The_same_slow_queue_hurts_a_speed_brand_more_than_a_cafe()
    {
        var burger = new Guest("weight-burger");
        burger.Touch("queue.wait", 0, value: 7, venue: DemoChain.BurgerVenue);
        var cafe = new Guest("weight-cafe");
        cafe.Touch("queue.wait", 0, value: 7, venue: DemoChain.CafeVenue);

        Assert.True(burger.Visit.Moments[0].Weight > cafe.Visit.Moments[0].Weight);
        Assert.True(burger.Visit.Score < cafe.Visit.Score);
    }

    [Fact]
    public void Arrival_misery_weighs_more_than_the_same_misery_mid_visit()
    {
        // greeting (arrival, care) and menu.help (interest, care): same brand weight, different stage.
        var arrival = new Guest("weight-arrival");
        arrival.Touch("greeting", 0, outcome: MomentKind.Misery, attributes: _mild);
        var middle = new Guest("weight-middle");
        middle.Touch("menu.help", 0, outcome: MomentKind.Misery, attributes: _mild);

        Assert.True(arrival.Visit.Score < middle.Visit.Score);
    }

    [Fact]
    public void Departure_wow_weighs_more_than_the_same_wow_mid_visit()
    {
        var departure = new Guest("weight-departure");
        departure.Touch("farewell", 0, outcome: MomentKind.Wow, attributes: _mild);
        var middle = new Guest("weight-middle-wow");
        middle.Touch("staff.check_in", 0, outcome: MomentKind.Wow, attributes: _mild);

        Assert.True(departure.Visit.Score > middle.Visit.Score);
    }
}
