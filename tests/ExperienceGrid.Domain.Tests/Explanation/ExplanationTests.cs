using ExperienceGrid.Domain.Scoring;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Explanation;

public sealed class ExplanationTests
{
    [Fact]
    public void Contributions_add_up_to_the_visit_score()
    {
        var guest = new Guest("explain-1");
        guest.Touch("queue.wait", 0, value: 9);
        guest.Touch("extra.gesture", 5);
        guest.Touch("food.served", 15, value: 12);
        guest.Touch("checkout", 30, value: 0.5);

        var explanation = guest.Visit.Explanation;
        Assert.Equal(VisitScorer.Neutral, explanation.Base);
        Assert.Equal(guest.Visit.Score, explanation.Score);
        Assert.Equal(explanation.Score, explanation.Base + explanation.Contributions.Sum(c => c.Delta), 9);
    }

    [Fact]
    public void The_peak_end_and_overall_terms_are_attributed_to_their_moments()
    {
        var guest = new Guest("explain-2");
        guest.Touch("queue.wait", 0, value: 12);
        guest.Touch("checkout", 30, value: 0);
        var slowQueue = guest.Visit.Moments[0].EventId;
        var fastCheckout = guest.Visit.Moments[1].EventId;
        var contributions = guest.Visit.Explanation.Contributions;

        var peak = Assert.Single(contributions, c => c.Reason.StartsWith("strongest moment", StringComparison.Ordinal));
        Assert.Equal(slowQueue, peak.EventId);
        Assert.True(peak.Delta < 0);
        var end = Assert.Single(contributions, c => c.Reason.StartsWith("how the visit is ending", StringComparison.Ordinal));
        Assert.Equal(fastCheckout, end.EventId);
        Assert.True(end.Delta > 0);
        Assert.Equal(2, contributions.Count(c => c.Reason.StartsWith("overall", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_visit_without_moments_scores_mediocrity_with_nothing_to_explain()
    {
        var guest = new Guest("explain-3");
        guest.Touch("visit.start", 0);
        Assert.Equal(60, guest.Visit.Score);
        Assert.Empty(guest.Visit.Explanation.Contributions);
    }

    [Fact]
    public void A_milder_misery_does_not_soften_a_bad_ending()
    {
        var guest = new Guest("explain-4");
        guest.Touch("complaint", 0, attributes: new Dictionary<string, string> { ["intensity"] = "1" });
        var before = guest.Visit.Score;
        guest.Touch("transfer", 1);
        Assert.True(guest.Visit.Score < before);
    }
}
