using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Configuration;

public sealed class DemoChainConfigTests
{
    private readonly ChainConfig _chain = DemoChain.Config;

    [Fact]
    public void Demo_chain_has_the_promised_breadth()
    {
        Assert.True(_chain.Regions.Count >= 3);
        Assert.True(_chain.Venues.Count >= 12);
        Assert.True(_chain.Touchpoints.Count >= 20);
        Assert.Equal(2, _chain.Brands.Select(b => b.VenueType).Distinct().Count());
        Assert.All(_chain.Venues, v => Assert.NotEmpty(v.Zones));
        Assert.All(_chain.Regions, r => Assert.Contains(_chain.Venues, v => v.RegionId == r.Id));
    }

    [Theory]
    [InlineData("visit.start")]
    [InlineData("visit.end")]
    [InlineData("queue.wait")]
    [InlineData("queue.joined")]
    [InlineData("queue.seated")]
    [InlineData("greeting")]
    [InlineData("order.taken")]
    [InlineData("food.served")]
    [InlineData("bill.presented")]
    [InlineData("checkout")]
    [InlineData("complaint")]
    [InlineData("staff.said_no")]
    [InlineData("policy.quoted")]
    [InlineData("transfer")]
    [InlineData("apology")]
    [InlineData("follow_up.done")]
    [InlineData("extra.gesture")]
    [InlineData("survey.rating")]
    public void Demo_chain_defines_the_core_touchpoint_kinds(string kind) =>
        Assert.True(_chain.TryGetTouchpoint(kind, out _), kind);

    [Fact]
    public void Brands_are_positioned_differently()
    {
        Assert.True(_chain.TryGetBrand("blaze", out var burger));
        Assert.True(_chain.TryGetBrand("ember", out var cafe));
        Assert.True(burger.WeightOf(Dimension.Speed) > cafe.WeightOf(Dimension.Speed));
        Assert.True(cafe.WeightOf(Dimension.Social) > burger.WeightOf(Dimension.Social));
        Assert.NotEmpty(cafe.CareGestures);
    }

    [Fact]
    public void Lookups_resolve_venues_and_catalog_entries()
    {
        Assert.True(_chain.TryGetVenue(DemoChain.CafeVenue, out var venue));
        Assert.Equal("ember", venue.BrandId);
        Assert.Equal("Europe/London", venue.TimeZone);
        Assert.False(_chain.TryGetVenue("nowhere", out _));

        Assert.True(_chain.TryGetTouchpoint("queue.wait", out var wait));
        Assert.True(wait.IsMeasured);
        Assert.Equal(JourneyStage.Arrival, wait.Stage);
        Assert.Equal(Dimension.Speed, wait.Dimension);
        Assert.True(_chain.TryGetTouchpoint("complaint", out var complaint));
        Assert.False(complaint.IsMeasured);
        Assert.Equal(MomentKind.Misery, complaint.FixedMoment);
        Assert.True(_chain.TryGetTouchpoint("visit.start", out var start));
        Assert.True(start.IsMarker);
        Assert.True(_chain.TryGetTouchpoint("apology", out var apology));
        Assert.True(apology.IsRecovery);
    }

    [Fact]
    public void Policies_are_read_with_their_units()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), _chain.RiskPolicy.RecoveryWindow);
        Assert.Equal(Tier.Gold, _chain.RiskPolicy.TopTier);
        Assert.Equal(TimeSpan.FromDays(120), _chain.Loyalty.HalfLife);
        Assert.Equal(TimeSpan.FromMinutes(120), _chain.Visits.InactivityTimeout);
        Assert.Equal(1.3, _chain.StageWeightOf(JourneyStage.Arrival));
        Assert.Equal(1.0, _chain.StageWeightOf(JourneyStage.Desire));
    }
}
