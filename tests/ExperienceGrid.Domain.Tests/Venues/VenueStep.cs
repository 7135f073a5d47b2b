using ExperienceGrid.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>
/// One step of a generated run at a venue, <see cref="Gap"/> minutes after the previous one: a guest's touchpoint
/// (here or at another venue) or timer tick, a staff command, or a customer's whole outbox sent again. Guests, users,
/// alerts and follow-ups are picked by index; <see cref="VenueRun"/> wraps them round what exists.
/// </summary>
internal abstract record VenueStep(int Gap)
{
    public const int Guests = 8;

    public static readonly string[] Users = ["staff-a", "staff-b", "manager"];

    /// <summary>Demo chain kinds; waits and care (what nudges need) twice as often.</summary>
    private static readonly string[] _kinds =
    [
        "visit.start", "visit.end", "greeting", "table.cleanliness", "staff.check_in", "checkout", "bill.presented",
        "staff.said_no", "complaint", "policy.quoted", "transfer", "promise.missed", "apology", "order.taken", "food.served",
        "care.offered", "care.offered", "queue.joined", "queue.joined", "queue.wait", "queue.wait", "queue.seated", "queue.seated",
    ];

    /// <summary>Mostly minutes apart, now and then past the hour or the visits' inactivity timeout.</summary>
    private static readonly Gen<int> _gap = Gen.Frequency((12, Gen.Choose(0, 4)), (3, Gen.Choose(5, 40)), (1, Gen.Choose(60, 150)));

    private static readonly Gen<VenueStep> _touch =
        from gap in _gap
        from guest in Gen.Choose(0, Guests - 1)
        from kind in Gen.Elements(_kinds)
        from value in Gen.Frequency((2, Gen.Choose(0, 200)), (1, Gen.Choose(40, 70)))
        from elsewhere in Gen.Frequency((15, Gen.Constant(false)), (1, Gen.Constant(true)))
        from late in Gen.Frequency((10, Gen.Constant(0)), (1, Gen.Choose(1, 90)))
        select (VenueStep)new Touch(gap, guest, kind, value / 10.0, elsewhere, late);

    public static Gen<VenueStep> Step { get; } = Gen.Frequency(
        (12, _touch),
        (2, from gap in _gap from guest in Gen.Choose(0, Guests - 1) select (VenueStep)new Tick(gap, guest)),
        (3, from gap in _gap from alert in Gen.Choose(0, 20) from user in Gen.Choose(0, Users.Length - 1) select (VenueStep)new Claim(gap, alert, user)),
        (3, from gap in _gap
            from alert in Gen.Choose(0, 20)
            from user in Gen.Choose(0, Users.Length - 1)
            from takeover in Gen.Elements(false, false, true)
            select (VenueStep)new Resolve(gap, alert, user, takeover)),
        (1, from gap in _gap from alert in Gen.Choose(0, 20) select (VenueStep)new Escalate(gap, alert)),
        (1, from gap in _gap from followUp in Gen.Choose(0, 20) select (VenueStep)new Complete(gap, followUp)),
        (2, from gap in _gap from guest in Gen.Choose(0, Guests - 1) select (VenueStep)new Redeliver(gap, guest)));

    /// <summary>Runs of steps, shrunk by dropping halves and then single steps.</summary>
    public static Arbitrary<List<VenueStep>> Runs { get; } = Arb.From(Step.ListOf().Select(steps => steps.ToList()), Shrink);

    private static IEnumerable<List<VenueStep>> Shrink(List<VenueStep> steps)
    {
        if (steps.Count > 1)
        {
            yield return steps[..(steps.Count / 2)];
            yield return steps[(steps.Count / 2)..];
        }

        for (var i = 0; i < steps.Count; i++)
        {
            yield return [.. steps[..i], .. steps[(i + 1)..]];
        }
    }

    /// <summary>
    /// Guest <paramref name="Guest"/> touches <paramref name="Kind"/> here (at another venue when <paramref name="Elsewhere"/>),
    /// reported <paramref name="Late"/> minutes after it happened.
    /// </summary>
    public sealed record Touch(int Gap, int Guest, string Kind, double Value, bool Elsewhere, int Late) : VenueStep(Gap);

    /// <summary>
    /// The guest's timer fires (<see cref="ExperienceModel.Advance"/>: idle close, recovery windows, nudges): when the
    /// guest's next check falls due within the gap, at that time, as a reminder would; else at the end of the gap.
    /// </summary>
    public sealed record Tick(int Gap, int Guest) : VenueStep(Gap);

    public sealed record Claim(int Gap, int Alert, int User) : VenueStep(Gap);

    public sealed record Resolve(int Gap, int Alert, int User, bool Takeover) : VenueStep(Gap);

    /// <summary>An alert's claim timeout fires.</summary>
    public sealed record Escalate(int Gap, int Alert) : VenueStep(Gap);

    public sealed record Complete(int Gap, int FollowUp) : VenueStep(Gap);

    /// <summary>The guest's customer grain delivers its whole outbox again (as after a venue's reactivation).</summary>
    public sealed record Redeliver(int Gap, int Guest) : VenueStep(Gap);

    /// <summary>The demo guest for index <paramref name="index"/>: every fourth is Gold, for WOW opportunities.</summary>
    public static Guest NewGuest(int index) =>
        index % 4 == 3 ? new Guest($"run-{index}").WithLoyalty(85) : new Guest($"run-{index}");
}
