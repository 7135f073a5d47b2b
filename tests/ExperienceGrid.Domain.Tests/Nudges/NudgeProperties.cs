using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Domain.Tests.Properties;
using ExperienceGrid.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace ExperienceGrid.Domain.Tests.Nudges;

public sealed class NudgeProperties
{
    /// <summary>Waits, reports near the line, care and misery, with the timer ticking between touches.</summary>
    private static readonly Gen<TouchSpec> _waitTouch =
        from kind in Gen.Elements("queue.joined", "queue.wait", "queue.seated", "order.taken", "food.served", "care.offered",
            "complaint", "apology", "visit.end")
        from value in Gen.Choose(0, 250)
        from gap in Gen.Choose(0, 12)
        select new TouchSpec(kind, value / 10.0, null, gap, DemoChain.BurgerVenue);

    [Fact]
    public void A_nudge_never_fires_after_the_misery_it_warns_of_and_closes_at_most_once() =>
        Prop.ForAll(Generators.Journeys(_waitTouch), specs =>
        {
            var miseryKinds = new HashSet<string>(StringComparer.Ordinal);
            var raised = new HashSet<string>(StringComparer.Ordinal);
            var closed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var signal in ReplayWithTimer(specs))
            {
                switch (signal)
                {
                    case VisitOpened:
                        miseryKinds.Clear();
                        break;
                    case MomentRecorded { Moment: { MomentKind: MomentKind.Misery } moment }:
                        miseryKinds.Add(moment.Kind);
                        break;
                    case NudgeRaised { Nudge: var nudge }
                        when miseryKinds.Contains(nudge.Kind) || nudge.RaisedAt >= nudge.MiseryAt || !raised.Add(nudge.NudgeId):
                        return false;
                    case NudgeClosed { Nudge: var nudge } when !raised.Contains(nudge.NudgeId) || !closed.Add(nudge.NudgeId):
                        return false;
                }
            }
            return true;
        }).QuickCheckThrowOnFailure();

    /// <summary>
    /// Replays the specs, letting the reminder fire at every check the model asks for in each gap, never before the
    /// latest touchpoint (a real tick cannot fire in the past); each tick must change the state, or it would fire again.
    /// </summary>
    private static List<ExperienceSignal> ReplayWithTimer(List<TouchSpec> specs)
    {
        var signals = new List<ExperienceSignal>();
        var state = ExperienceModel.NewCustomer("prop-nudge");
        var at = Guest.T0;
        var last = at;
        var n = 0;
        foreach (var spec in specs)
        {
            at = at.AddMinutes(spec.GapMinutes);
            while (DemoChain.Model.NextCheckAt(state) is { } due && due <= at)
            {
                var advanced = DemoChain.Model.Advance(state, due > last ? due : last);
                Assert.NotSame(state, advanced.State);
                signals.AddRange(advanced.Signals);
                state = advanced.State;
            }
            var outcome = DemoChain.Model.Apply(state, new Touchpoint($"e{++n}", state.CustomerId, spec.Venue, spec.Kind, at, spec.Value));
            last = at;
            signals.AddRange(outcome.Signals);
            state = outcome.State;
        }
        return signals;
    }
}
