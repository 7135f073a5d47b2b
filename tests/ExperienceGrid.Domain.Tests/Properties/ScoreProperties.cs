using System.Text.Json;
using ExperienceGrid.Domain.Scoring;
using ExperienceGrid.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace ExperienceGrid.Domain.Tests.Properties;

public sealed class ScoreProperties
{
    private const double Tolerance = 1e-9;

    private static bool AddsUp(ScoreExplanation e) =>
        Math.Abs(e.Base + e.Contributions.Sum(c => c.Delta) - e.Score) <= Tolerance;

    [Fact]
    public void Scores_stay_in_range_and_explanations_add_up_on_any_journey() =>
        Prop.ForAll(Generators.Journeys(Generators.AnyTouch), specs =>
            Generators.Replay(specs).All(o =>
                o.State.Loyalty.Score is >= 0 and <= 100
                && AddsUp(o.State.Loyalty.Explanation)
                && (o.State.Visit is not { } v
                    || (v.Score is >= 0 and <= 100 && AddsUp(v.Explanation) && v.Score == v.Explanation.Score
                        && (v.Risk is not { } r || (r.Severity is >= 0 and <= 1 && r.Reasons.Count > 0)))))).QuickCheckThrowOnFailure();

    [Fact]
    public void Adding_a_misery_moment_never_raises_the_visit_score() =>
        Prop.ForAll(Generators.MomentsPlus(MomentKind.Misery), t =>
            VisitScorer.Score([.. t.Before, t.Added]) <= VisitScorer.Score(t.Before) + Tolerance).QuickCheckThrowOnFailure();

    [Fact]
    public void Adding_a_wow_moment_never_lowers_the_visit_score() =>
        Prop.ForAll(Generators.MomentsPlus(MomentKind.Wow), t =>
            VisitScorer.Score([.. t.Before, t.Added]) >= VisitScorer.Score(t.Before) - Tolerance).QuickCheckThrowOnFailure();

    [Fact]
    public void Explanations_add_up_to_the_score_for_any_moments() =>
        Prop.ForAll(Generators.Moment.ListOf().ToArbitrary(), moments =>
        {
            var e = VisitScorer.Explain([.. moments]);
            return AddsUp(e) && e.Score is >= 0 and <= 100 && e.Score == VisitScorer.Score([.. moments]);
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("complaint", false)]
    [InlineData("extra.gesture", true)]
    public void In_the_model_a_misery_never_raises_and_a_wow_never_lowers_the_score(string kind, bool raises) =>
        Prop.ForAll(Generators.Journeys(Generators.VisitTouch), specs =>
        {
            var outcomes = Generators.Replay(specs);
            var before = outcomes.Count == 0 ? null : outcomes[^1].State.Visit;
            var after = Generators.Replay([.. specs, new TouchSpec(kind, 0, null, 1, DemoChain.BurgerVenue)])[^1].State.Visit!;
            var baseline = before?.Score ?? VisitScorer.Neutral;
            return raises ? after.Score >= baseline - Tolerance : after.Score <= baseline + Tolerance;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Loyalty_decay_is_monotone_in_elapsed_time() =>
        Prop.ForAll(
            (from score in Gen.Choose(0, 100)
             from a in Gen.Choose(0, 2000)
             from b in Gen.Choose(0, 2000)
             select (score, Math.Min(a, b), Math.Max(a, b))).ToArbitrary(),
            t =>
            {
                var loyalty = LoyaltyState.New with { Score = t.score, UpdatedAt = Guest.T0 };
                var settings = DemoChain.Config.Loyalty;
                var sooner = LoyaltyCalculator.ScoreAt(loyalty, settings, Guest.T0.AddDays(t.Item2));
                var later = LoyaltyCalculator.ScoreAt(loyalty, settings, Guest.T0.AddDays(t.Item3));
                return later <= sooner && sooner <= t.score && later >= 0;
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_same_events_in_the_same_order_give_the_same_state() =>
        Prop.ForAll(Generators.Journeys(Generators.AnyTouch), specs =>
        {
            var first = Generators.Replay(specs);
            var second = Generators.Replay(specs);
            return first.Count == 0 || Json(first[^1].State) == Json(second[^1].State);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Any_reachable_state_round_trips_through_json() =>
        Prop.ForAll(Generators.Journeys(Generators.AnyTouch), specs =>
            Generators.Replay(specs).All(o =>
            {
                var json = Json(o.State);
                return Json(JsonSerializer.Deserialize<CustomerState>(json, JsonSerializerOptions.Web)!) == json;
            })).QuickCheckThrowOnFailure();

    private static string Json(CustomerState state) => JsonSerializer.Serialize(state, JsonSerializerOptions.Web);
}
