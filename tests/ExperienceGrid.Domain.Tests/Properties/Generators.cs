using ExperienceGrid.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace ExperienceGrid.Domain.Tests.Properties;

internal static class Generators
{
    private static readonly string[] _momentKinds =
        [.. DemoChain.Config.Touchpoints.Where(t => !t.IsMarker).Select(t => t.Kind)];

    private static readonly string[] _allKinds = [.. DemoChain.Config.Touchpoints.Select(t => t.Kind)];

    public static Gen<Moment> Moment { get; } =
        from kind in Gen.Elements(MomentKind.Misery, MomentKind.Mediocrity, MomentKind.Wow)
        from intensity in Gen.Choose(0, 100)
        from weight in Gen.Choose(50, 200)
        from recovered in Gen.Elements(false, true)
        from stage in Gen.Elements(Enum.GetValues<JourneyStage>())
        from id in Gen.Choose(0, 1_000_000)
        select new Moment($"m{id}", "generated", kind, intensity / 100.0, weight / 100.0, stage, Dimension.Care,
            Guest.T0, false, recovered && kind == MomentKind.Misery, null);

    public static Arbitrary<(List<Moment> Before, Moment Added)> MomentsPlus(MomentKind added) =>
        (from before in Moment.ListOf()
         from extra in Moment.Where(m => m.MomentKind == added && !m.Recovered)
         select (before.ToList(), extra)).ToArbitrary();

    /// <summary>Touches inside one open visit in one venue (no visit.end, short gaps).</summary>
    public static Gen<TouchSpec> VisitTouch { get; } = Touch(_momentKinds, maxGap: 30, [DemoChain.BurgerVenue]);

    /// <summary>Any touch, any gap, across venues: visits open and close.</summary>
    public static Gen<TouchSpec> AnyTouch { get; } =
        Touch(_allKinds, maxGap: 400, [DemoChain.BurgerVenue, DemoChain.OtherBurgerVenue, DemoChain.CafeVenue]);

    public static Arbitrary<List<TouchSpec>> Journeys(Gen<TouchSpec> touch) =>
        touch.ListOf().Select(l => l.ToList()).ToArbitrary();

    /// <summary>Replays specs from a fresh customer, returning every intermediate outcome.</summary>
    public static List<CustomerOutcome> Replay(IEnumerable<TouchSpec> specs, string customerId = "prop")
    {
        var outcomes = new List<CustomerOutcome>();
        var state = ExperienceModel.NewCustomer(customerId);
        var at = Guest.T0;
        var n = 0;
        foreach (var spec in specs)
        {
            at = at.AddMinutes(spec.GapMinutes);
            var outcome = DemoChain.Model.Apply(state, new Touchpoint($"e{++n}", customerId, spec.Venue, spec.Kind, at, spec.Value, spec.Outcome));
            outcomes.Add(outcome);
            state = outcome.State;
        }
        return outcomes;
    }

    private static Gen<TouchSpec> Touch(string[] kinds, int maxGap, string[] venues) =>
        from kind in Gen.Elements(kinds)
        from value in Gen.Choose(0, 400)
        from outcome in Gen.Frequency(
            (6, Gen.Constant<MomentKind?>(null)),
            (1, Gen.Elements<MomentKind?>(MomentKind.Misery, MomentKind.Mediocrity, MomentKind.Wow)))
        from gap in Gen.Choose(0, maxGap)
        from venue in Gen.Elements(venues)
        select new TouchSpec(kind, value / 10.0, outcome, gap, venue);
}
