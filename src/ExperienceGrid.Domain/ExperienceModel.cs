using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Scoring;
using ExperienceGrid.Domain.Signals;

namespace ExperienceGrid.Domain;

/// <summary>
/// The experience model: folds touchpoints into a guest's state and says what the floor
/// should hear. Pure: never mutates its inputs and reads time only from touchpoints and
/// the <c>now</c> callers pass, so replaying the same events gives the same state.
/// </summary>
public sealed partial class ExperienceModel(ChainConfig chain)
{
    public ChainConfig Chain { get; } = chain ?? throw new ArgumentNullException(nameof(chain));

    public static CustomerState NewCustomer(string customerId) =>
        new(customerId, 0, LoyaltyState.New, Visit: null, LastClosedVisit: null);

    /// <summary>
    /// Applies one touchpoint. Unknown kinds and unknown venues are tolerated: an unknown kind
    /// only keeps the visit alive (like a marker), an unknown venue weighs every dimension 1.
    /// </summary>
    public CustomerOutcome Apply(CustomerState state, Touchpoint touchpoint)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(touchpoint);
        if (touchpoint.CustomerId != state.CustomerId)
        {
            throw new ArgumentException(
                $"Touchpoint {touchpoint.EventId} is for customer '{touchpoint.CustomerId}', not '{state.CustomerId}'.", nameof(touchpoint));
        }

        var at = touchpoint.At;
        var signals = new List<ExperienceSignal>();
        state = state with { TouchpointCount = state.TouchpointCount + 1 };

        if (state.Visit is { } idle && at >= IdleDeadline(idle))
        {
            state = CloseVisit(state, VisitCloseReason.Inactivity, IdleDeadline(idle), signals);
        }
        if (state.Visit is { } elsewhere && elsewhere.VenueId != touchpoint.VenueId)
        {
            state = CloseVisit(state, VisitCloseReason.VenueChanged, at, signals);
        }
        if (touchpoint.Kind == ChainConfigLoader.VisitEndKind)
        {
            // Only the venue's own visit.end closes it; one from elsewhere was handled above.
            return new CustomerOutcome(
                state.Visit is null ? state : CloseVisit(state, VisitCloseReason.Ended, at, signals), signals);
        }

        var visit = state.Visit is { } open
            ? open with
            {
                Zone = touchpoint.Zone ?? open.Zone,
                LastTouchpointAt = Max(open.LastTouchpointAt, at),
                EvaluatedAt = Max(open.EvaluatedAt, at),
            }
            : OpenVisit(state, touchpoint, signals);

        var hasDefinition = Chain.TryGetTouchpoint(touchpoint.Kind, out var definition);
        visit = StartWaits(visit, touchpoint);
        Moment? moment = null;
        if (hasDefinition && !definition.IsMarker)
        {
            visit = RecordMoment(state, visit, touchpoint, definition, signals);
            moment = visit.Moments[^1];
        }

        visit = UpdateRisk(state, visit, at, signals);
        visit = TrackNudges(state, visit, touchpoint, moment, signals);
        visit = SupersedeNudge(state, visit, at, signals);
        if (hasDefinition && !definition.IsMarker && definition.Stage == JourneyStage.Departure)
        {
            visit = OfferWow(state, visit, touchpoint, signals);
        }
        return new CustomerOutcome(state with { Visit = visit }, signals);
    }

    private VisitState OpenVisit(CustomerState state, Touchpoint touchpoint, List<ExperienceSignal> signals)
    {
        signals.Add(new VisitOpened(state.CustomerId, touchpoint.VenueId, touchpoint.At, touchpoint.Zone));
        return new VisitState(touchpoint.VenueId, touchpoint.Zone, touchpoint.At, touchpoint.At, VisitScorer.Neutral, [],
            Risk: null, RecoveryCount: 0, WowOffered: false, touchpoint.At);
    }

    private VisitState RecordMoment(
        CustomerState state, VisitState visit, Touchpoint touchpoint, TouchpointDefinition definition, List<ExperienceSignal> signals)
    {
        var weight = Chain.BrandOf(visit.VenueId).WeightOf(definition.Dimension) * Chain.StageWeightOf(definition.Stage);
        var moment = MomentClassifier.Classify(touchpoint, definition, weight);
        var moments = visit.Moments.ToList();
        var oldest = moments.FindIndex(m => m.MomentKind == MomentKind.Misery && !m.Recovered);

        // An explicit WOW (outcome or WOW kind) after misery recovers like an apology does.
        var explicitWow = moment.MomentKind == MomentKind.Wow
            && (touchpoint.Outcome == MomentKind.Wow || definition.FixedMoment == MomentKind.Wow);
        var recovers = moment.MomentKind != MomentKind.Misery && (definition.IsRecovery || (explicitWow && oldest >= 0));
        var recoveryCount = visit.RecoveryCount;
        moment = moment with { IsRecovery = recovers };
        if (recovers && oldest >= 0)
        {
            moments[oldest] = moments[oldest] with { Recovered = true };
            recoveryCount++;
            signals.Add(new RecoveryCredited(state.CustomerId, visit.VenueId, touchpoint.At, moments[oldest].EventId,
                touchpoint.EventId, touchpoint.StaffId));
        }
        moments.Add(moment);

        var score = VisitScorer.Score(moments);
        signals.Add(new MomentRecorded(state.CustomerId, visit.VenueId, touchpoint.At, visit.Zone, moment, score, touchpoint.StaffId));
        return visit with { Moments = moments, Score = score, RecoveryCount = recoveryCount };
    }

    /// <summary>Re-assesses risk at <paramref name="now"/> and signals only when the floor's view changes.</summary>
    private VisitState UpdateRisk(CustomerState state, VisitState visit, DateTimeOffset now, List<ExperienceSignal> signals)
    {
        var loyalty = LoyaltyCalculator.ScoreAt(state.Loyalty, Chain.Loyalty, visit.OpenedAt);
        var risk = RiskEvaluator.Evaluate(visit, loyalty, Chain, now, visit.Risk?.Since);
        if (RiskEvaluator.SameAlert(risk, visit.Risk))
        {
            return visit;
        }
        signals.Add(new RiskChanged(state.CustomerId, visit.VenueId, now, visit.Zone, risk));
        return visit with { Risk = risk };
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;

    /// <summary>The earlier of two times, either of which may be missing.</summary>
    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null || b < a ? b : a;
}
