using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Scoring;
using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Loyalty;

public sealed class LoyaltyTests
{
    private static readonly LoyaltySettings _settings = DemoChain.Config.Loyalty;

    private static void WowVisit(Guest guest, double day)
    {
        var start = day * 24 * 60;
        guest.Touch("queue.wait", start, value: 0.5);
        guest.Touch("extra.gesture", start + 10);
        guest.Touch("checkout", start + 20, value: 0.5);
        guest.Touch("visit.end", start + 21);
    }

    [Fact]
    public void Loyalty_halves_over_one_half_life()
    {
        var loyalty = LoyaltyState.New with { Score = 80, UpdatedAt = Guest.T0 };
        Assert.Equal(40, LoyaltyCalculator.ScoreAt(loyalty, _settings, Guest.T0 + _settings.HalfLife), 9);
        Assert.Equal(20, LoyaltyCalculator.ScoreAt(loyalty, _settings, Guest.T0 + (2 * _settings.HalfLife)), 9);
        Assert.Equal(80, LoyaltyCalculator.ScoreAt(loyalty, _settings, Guest.T0.AddDays(-3)));
    }

    [Fact]
    public void Wow_visits_build_loyalty_and_climb_tiers()
    {
        var guest = new Guest("loyal-1");
        for (var day = 0; day < 8; day++)
        {
            WowVisit(guest, day);
        }
        var changes = guest.SignalsOf<LoyaltyChanged>().ToList();
        Assert.Equal(8, changes.Count);
        Assert.True(changes.Zip(changes.Skip(1)).All(p => p.Second.Score > p.First.Score));
        Assert.Equal(Tier.Gold, guest.State.Loyalty.Tier);
        Assert.Equal(8, guest.State.Loyalty.VisitCount);
        Assert.Contains(changes, c => c.Tier > c.PreviousTier);
    }

    [Fact]
    public void A_run_of_mediocre_visits_does_not_build_loyalty()
    {
        var guest = new Guest("loyal-2");
        for (var day = 0; day < 10; day++)
        {
            var start = day * 24 * 60;
            guest.Touch("queue.wait", start, value: 4);
            guest.Touch("food.served", start + 10, value: 14);
            guest.Touch("visit.end", start + 30);
        }
        Assert.Equal(10, guest.State.Loyalty.VisitCount);
        Assert.Equal(0, guest.State.Loyalty.Score);
        Assert.Equal(Tier.Bronze, guest.State.Loyalty.Tier);
    }

    [Fact]
    public void A_mediocre_visit_only_decays_an_existing_score()
    {
        var guest = new Guest("loyal-3").WithLoyalty(50);
        guest.Touch("queue.wait", 60 * 24 * 10, value: 4);
        guest.Touch("visit.end", (60 * 24 * 10) + 5);
        var expected = LoyaltyCalculator.ScoreAt(LoyaltyState.New with { Score = 50, UpdatedAt = Guest.T0 }, _settings, Guest.At((60 * 24 * 10) + 5));
        Assert.Equal(expected, guest.State.Loyalty.Score, 9);
        Assert.True(guest.State.Loyalty.Score < 50);
    }

    [Fact]
    public void Misery_weighs_more_than_wow()
    {
        var gain = LoyaltyCalculator.VisitImpact(50, 100, _settings);
        var loss = LoyaltyCalculator.VisitImpact(50, 0, _settings);
        Assert.True(gain > 0 && loss < 0);
        Assert.True(-loss > gain);
    }

    [Fact]
    public void A_misery_visit_erodes_loyalty_and_explains_why()
    {
        var guest = new Guest("loyal-4").WithLoyalty(60);
        guest.Touch("complaint", 0);
        guest.Touch("staff.said_no", 1);
        guest.Touch("visit.end", 2);

        var loyalty = guest.State.Loyalty;
        Assert.True(loyalty.Score < 60);
        Assert.Equal(loyalty.Score, loyalty.Explanation.Base + loyalty.Explanation.Contributions.Sum(c => c.Delta), 9);
        Assert.Contains(loyalty.Explanation.Contributions, c => c.Reason.Contains("misery visit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, Tier.Bronze)]
    [InlineData(29.9, Tier.Bronze)]
    [InlineData(30, Tier.Silver)]
    [InlineData(55, Tier.Gold)]
    [InlineData(80, Tier.Platinum)]
    public void Tiers_follow_the_configured_thresholds(double score, Tier tier) =>
        Assert.Equal(tier, DemoChain.Config.Tiers.TierFor(score));
}
