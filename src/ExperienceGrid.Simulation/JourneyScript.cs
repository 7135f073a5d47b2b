using ExperienceGrid.Domain;

namespace ExperienceGrid.Simulation;

/// <summary>The stages of one visit, good or troubled; kinds the chain lacks are skipped by the caller.</summary>
internal static class JourneyScript
{
    private static readonly string[] Misery = ["staff.said_no", "policy.quoted", "transfer", "complaint"];

    public static IEnumerable<JourneyStep> Plan(Random random, JourneyOptions options)
    {
        var troubled = random.NextDouble() < options.TroubleShare;
        yield return new JourneyStep("visit.start");
        yield return new JourneyStep("queue.wait", troubled && random.NextDouble() < 0.5 ? 8 + (random.NextDouble() * 14) : random.NextDouble() * 5);
        yield return new JourneyStep("greeting", Outcome: Pick(random, 0.15, 0.05));
        yield return new JourneyStep("order.taken");
        if (troubled)
        {
            yield return new JourneyStep(Misery[random.Next(Misery.Length)]);
            if (random.NextDouble() < 0.4)
            {
                yield return new JourneyStep(Misery[random.Next(Misery.Length)]);
            }

            if (random.NextDouble() < options.SelfRecoveryShare)
            {
                yield return new JourneyStep("apology");
                yield return new JourneyStep("extra.gesture");
            }
        }

        yield return new JourneyStep("food.served", Outcome: Pick(random, 0.2, troubled ? 0.3 : 0.05));
        yield return new JourneyStep("bill.presented");
        yield return new JourneyStep("checkout");
        yield return new JourneyStep("survey.rating", troubled ? 1 + random.Next(3) : 3 + random.Next(3));
        yield return new JourneyStep("visit.end");
    }

    private static MomentKind? Pick(Random random, double wow, double misery)
    {
        var roll = random.NextDouble();
        return roll < wow ? MomentKind.Wow : roll < wow + misery ? MomentKind.Misery : null;
    }
}
