using ExperienceGrid.Domain;

namespace ExperienceGrid.Simulation;

/// <summary>The stages of one visit, good or troubled; kinds the chain lacks are skipped by the caller.</summary>
internal static class JourneyScript
{
    /// <summary>How often staff act on a nudged queue wait.</summary>
    private const double CareShare = 0.6;

    private static readonly string[] _misery = ["staff.said_no", "policy.quoted", "transfer", "complaint"];

    public static IEnumerable<JourneyStep> Plan(Random random, JourneyOptions options)
    {
        var troubled = random.NextDouble() < options.TroubleShare;
        yield return new JourneyStep("visit.start");
        var wait = troubled && random.NextDouble() < 0.5 ? Between(random, 8, 22) : Between(random, 0, 5.5);
        yield return new JourneyStep("queue.wait", wait);
        if (wait is >= 4.5 and < 6 && random.NextDouble() < CareShare)
        {
            // The demo chain nudges queue waits from 4.5 minutes (misery past 6): staff offer something in time.
            yield return new JourneyStep("care.offered");
        }

        yield return new JourneyStep("greeting", Between(random, 10, troubled ? 200 : 90), Pick(random, 0.1, 0.03));
        yield return new JourneyStep("order.taken", Between(random, 1, troubled ? 10 : 5));
        if (troubled)
        {
            yield return new JourneyStep(_misery[random.Next(_misery.Length)]);
            if (random.NextDouble() < 0.4)
            {
                yield return new JourneyStep(_misery[random.Next(_misery.Length)]);
            }

            if (random.NextDouble() < options.SelfRecoveryShare)
            {
                yield return new JourneyStep("apology");
                yield return new JourneyStep("extra.gesture");
            }
        }

        yield return new JourneyStep("food.served", Between(random, 4, troubled ? 30 : 14), Pick(random, 0.1, 0.03));
        yield return new JourneyStep("bill.presented", Between(random, 0.5, 6));
        yield return new JourneyStep("checkout", Between(random, 0.2, 3));
        yield return new JourneyStep("survey.rating", troubled ? 1 + random.Next(3) : 3 + random.Next(3));
        yield return new JourneyStep("visit.end");
    }

    private static double Between(Random random, double low, double high) =>
        Math.Round(low + (random.NextDouble() * (high - low)), 1);

    private static MomentKind? Pick(Random random, double wow, double misery)
    {
        var roll = random.NextDouble();
        return roll < wow ? MomentKind.Wow : roll < wow + misery ? MomentKind.Misery : null;
    }
}
