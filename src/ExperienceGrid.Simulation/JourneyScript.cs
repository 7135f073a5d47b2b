using ExperienceGrid.Domain;

namespace ExperienceGrid.Simulation;

/// <summary>
/// One visit in journey order, with the pause before each step: arrival (a counter queue or a wait for a table),
/// browsing, the order, service, the bill, departure, sometimes a survey. Every kind of the demo catalog comes up in
/// a share of visits. A troubled visit has a wait gone wrong followed by a complaint, a transfer, a "no", a policy
/// quoted, a missed promise or a wrong order, so the guest is at risk: unless staff recover them on their own, the
/// guest leaves minutes later (when paced), and the care team follows up some of them after the visit.
/// Kinds the chain lacks are skipped by the caller.
/// </summary>
internal sealed class JourneyScript
{
    public const string ZoneChangedKind = "zone.changed";
    public const string VisitEndKind = "visit.end";

    /// <summary>The kinds a member of staff takes part in: served, said or done by them, well or badly.</summary>
    public static readonly IReadOnlySet<string> StaffKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "greeting", "menu.help", "order.taken", "food.served", "order.accuracy", "staff.check_in", "extra.gesture", "farewell",
        "apology", "care.offered", "staff.said_no", "policy.quoted", "transfer", "promise.missed",
    };

    /// <summary>How often staff act on a nudged queue wait.</summary>
    private const double CareShare = 0.6;

    /// <summary>Share of troubled visits, not recovered on the spot, that the care team follows up afterwards.</summary>
    private const double FollowUpShare = 0.5;

    private readonly Random _random;
    private readonly List<JourneyStep> _steps = [];
    private readonly bool _selfRecovers;
    private bool _upset;

    private JourneyScript(Random random, JourneyOptions options)
    {
        _random = random;
        _selfRecovers = random.NextDouble() < options.SelfRecoveryShare;
    }

    public static List<JourneyStep> Plan(Random random, JourneyOptions options)
    {
        var troubled = random.NextDouble() < options.TroubleShare;
        return new JourneyScript(random, options).Walk(troubled ? (JourneyStage)random.Next((int)JourneyStage.Purchase + 1) : null);
    }

    /// <param name="trouble">
    /// Where a troubled visit goes wrong: a slow wait and, right after it, a misery kind of that stage (a wait alone
    /// would be softened by the next ordinary moment, and the alert would clear in seconds).
    /// </param>
    private List<JourneyStep> Walk(JourneyStage? trouble)
    {
        Add("visit.start", pause: TimeSpan.Zero);
        if (_random.NextDouble() < 0.35)
        {
            Add("queue.joined");
            Wait("queue.seated", trouble == JourneyStage.Arrival ? Between(16, 30) : Between(0, 9), misery: 15);
        }
        else
        {
            var wait = trouble == JourneyStage.Arrival ? Between(8, 22) : Between(0, 5.5);
            Wait("queue.wait", wait, misery: 6);
            if (wait is >= 4.5 and < 6 && _random.NextDouble() < CareShare)
            {
                // The demo chain nudges queue waits from 4.5 minutes (misery past 6): staff offer something in time.
                Add("care.offered");
            }
        }

        if (Trouble(trouble, JourneyStage.Arrival, "complaint"))
        {
            return WalkOut();
        }

        Wait("greeting", trouble == JourneyStage.Interest ? Between(130, 300) : Between(10, 90), misery: 120, Wow(0.1));
        if (Trouble(trouble, JourneyStage.Interest, "transfer"))
        {
            return WalkOut();
        }

        Maybe(0.15, ZoneChangedKind);
        Maybe(0.3, "menu.help", outcome: Wow(0.25));
        Maybe(0.25, "table.cleanliness", Rating());

        Wait("order.taken", trouble == JourneyStage.Desire ? Between(9, 15) : Between(1, 5), misery: 8);
        if (Trouble(trouble, JourneyStage.Desire, "staff.said_no", "policy.quoted"))
        {
            return WalkOut();
        }

        Wait("food.served", trouble == JourneyStage.Purchase ? Between(21, 34) : Between(4, 14), misery: 20, Wow(0.1));
        if (Trouble(trouble, JourneyStage.Purchase, "complaint", "promise.missed", "order.accuracy"))
        {
            return WalkOut();
        }

        Maybe(0.4, "order.accuracy", outcome: Wow(0.1));
        Maybe(0.4, "food.quality", Rating());
        if (!_upset)
        {
            Maybe(0.2, "staff.check_in");
            Maybe(0.04, "extra.gesture");
        }

        Add("bill.presented", Between(0.5, 6));
        Add("checkout", Between(0.2, 3));
        Maybe(0.5, "farewell", outcome: Wow(0.3));
        Maybe(0.4, "survey.rating", trouble is null ? Rating() : 3 + _random.Next(2));
        Add(VisitEndKind);
        return _steps;
    }

    /// <summary>
    /// A guest at risk whom staff did not recover on the spot leaves minutes later without another moment, so the
    /// visit ends no better than at the alert unless someone resolved it; the care team follows up some of them.
    /// </summary>
    private List<JourneyStep> WalkOut()
    {
        Add(VisitEndKind, pause: Seconds(120, 300));
        if (_random.NextDouble() < FollowUpShare)
        {
            Add("follow_up.done", pause: Seconds(60, 180));
            Add(VisitEndKind);
        }

        return _steps;
    }

    private void Add(string kind, double? value = null, MomentKind? outcome = null, TimeSpan? pause = null)
    {
        _steps.Add(new JourneyStep(kind, value, outcome, pause ?? Seconds(6, 20)));
        _upset |= outcome == MomentKind.Misery;
    }

    private void Maybe(double share, string kind, double? value = null, MomentKind? outcome = null)
    {
        if (_random.NextDouble() < share)
        {
            Add(kind, value, outcome);
        }
    }

    /// <summary>A measured wait (minutes, or seconds for the greeting) that is a misery past <paramref name="misery"/>.</summary>
    private void Wait(string kind, double value, double misery, MomentKind? outcome = null)
    {
        Add(kind, value, value > misery ? null : outcome);
        _upset |= value > misery;
    }

    /// <summary>
    /// The misery kind that follows the slow wait at the troubled stage: with two miseries the guest is at risk. Staff
    /// who recover guests on their own apologise and make a gesture a minute or two later, and the visit goes on;
    /// otherwise true: the guest walks out.
    /// </summary>
    private bool Trouble(JourneyStage? trouble, JourneyStage stage, params string[] kinds)
    {
        if (trouble != stage)
        {
            return false;
        }

        // A plain kind of the list is a misery by its catalog definition; one without (order.accuracy) says so.
        Add(kinds[_random.Next(kinds.Length)], outcome: MomentKind.Misery);
        if (!_selfRecovers)
        {
            return true;
        }

        Add("apology", pause: Seconds(40, 120));
        Add("extra.gesture");
        _upset = false;
        return false;
    }

    private double Between(double low, double high) => Math.Round(low + (_random.NextDouble() * (high - low)), 1);

    private TimeSpan Seconds(double low, double high) => TimeSpan.FromSeconds(Between(low, high));

    private double Rating() => 3 + _random.Next(3);

    /// <summary>An explicit WOW now and then, never while the guest is upset (it would recover a misery by chance).</summary>
    private MomentKind? Wow(double share) => !_upset && _random.NextDouble() < share ? MomentKind.Wow : null;
}
