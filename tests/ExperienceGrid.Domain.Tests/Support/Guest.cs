using ExperienceGrid.Domain.Signals;

namespace ExperienceGrid.Domain.Tests.Support;

/// <summary>Drives one guest through the model, minute by minute from <see cref="T0"/>.</summary>
internal sealed class Guest(string customerId, ExperienceModel? model = null)
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 14, 18, 0, 0, TimeSpan.Zero);

    private readonly ExperienceModel _model = model ?? DemoChain.Model;
    private int _events;

    public CustomerState State { get; set; } = ExperienceModel.NewCustomer(customerId);

    public List<ExperienceSignal> Signals { get; } = [];

    /// <summary>Signals from the most recent call only.</summary>
    public IReadOnlyList<ExperienceSignal> Last { get; private set; } = [];

    public VisitState Visit => State.Visit ?? throw new InvalidOperationException("no open visit");

    public static DateTimeOffset At(double minute) => T0.AddMinutes(minute);

    public Touchpoint Make(string kind, double minute, double? value = null, MomentKind? outcome = null,
        string venue = DemoChain.BurgerVenue, string? zone = null, IReadOnlyDictionary<string, string>? attributes = null) =>
        new($"{customerId}-e{++_events}", customerId, venue, kind, At(minute), value, outcome, zone, "staff-7", attributes);

    public CustomerOutcome Touch(string kind, double minute, double? value = null, MomentKind? outcome = null,
        string venue = DemoChain.BurgerVenue, string? zone = null, IReadOnlyDictionary<string, string>? attributes = null) =>
        Record(_model.Apply(State, Make(kind, minute, value, outcome, venue, zone, attributes)));

    public CustomerOutcome Advance(double minute) => Record(_model.Advance(State, At(minute)));

    public IEnumerable<T> SignalsOf<T>() where T : ExperienceSignal => Signals.OfType<T>();

    /// <summary>Gives the guest a loyalty score as of <see cref="T0"/> (e.g. to make them Gold).</summary>
    public Guest WithLoyalty(double score)
    {
        var tier = DemoChain.Config.Tiers.TierFor(score);
        State = State with { Loyalty = State.Loyalty with { Score = score, Tier = tier, UpdatedAt = T0 } };
        return this;
    }

    private CustomerOutcome Record(CustomerOutcome outcome)
    {
        State = outcome.State;
        Last = outcome.Signals;
        Signals.AddRange(outcome.Signals);
        return outcome;
    }
}
