using System.Globalization;
using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Domain.Scoring;

/// <summary>
/// Decides whether an open visit is at risk under the chain's policy. Each fired rule adds a
/// reason and a severity; severities combine as independent chances (1 - Π(1 - s)).
/// </summary>
public static class RiskEvaluator
{
    /// <summary>The touchpoint kind that counts as an apology for the "no apology" anti-pattern.</summary>
    public const string ApologyKind = "apology";

    /// <summary>Assesses the visit at <paramref name="now"/>; null when no rule fires.</summary>
    /// <param name="loyaltyScore">Loyalty when the visit opened: it does not move during a visit.</param>
    /// <param name="since">When the current stretch of risk began, if the visit was already at risk.</param>
    public static RiskAssessment? Evaluate(
        VisitState visit, double loyaltyScore, ChainConfig chain, DateTimeOffset now, DateTimeOffset? since)
    {
        var policy = chain.RiskPolicy;
        var unrecovered = visit.UnrecoveredMiseries.ToList();
        var reasons = new List<string>();
        var severities = new List<double>();

        foreach (var m in unrecovered.Where(m => now - m.At >= policy.RecoveryWindow))
        {
            reasons.Add(Text($"{chain.TouchpointName(m.Kind)} at {m.At:HH:mm} is still unrecovered past the {policy.RecoveryWindow.TotalMinutes:0.#} min recovery window"));
            severities.Add(0.5 + (0.4 * m.Impact));
        }
        // Internal scoring: it counts in the severity, and is told after what happened.
        string? scoreReason = null;
        var scoreSeverity = 0.0;
        if (visit.Moments.Count > 0 && visit.Score < policy.ScoreThreshold)
        {
            scoreReason = Text($"Visit score {visit.Score:0} is below the at-risk threshold of {policy.ScoreThreshold:0}");
            scoreSeverity = 0.3 + (0.5 * (policy.ScoreThreshold - visit.Score) / policy.ScoreThreshold);
        }
        if (unrecovered.Count >= policy.RepeatedMiseryCount)
        {
            reasons.Add(Text($"{unrecovered.Count} unrecovered miseries in this visit ({string.Join(", ", unrecovered.Select(m => chain.TouchpointName(m.Kind)))})"));
            severities.Add(Math.Min(0.9, 0.6 + (0.1 * (unrecovered.Count - policy.RepeatedMiseryCount))));
        }
        var tier = chain.Tiers.TierFor(loyaltyScore);
        if (tier >= policy.TopTier && unrecovered.Count > 0)
        {
            reasons.Add(Text($"{tier} guest (loyalty {loyaltyScore:0}) had a misery: {chain.TouchpointName(unrecovered[^1].Kind)}"));
            severities.Add(0.7);
        }
        if (reasons.Count == 0 && scoreReason is null)
        {
            return null;
        }

        var severity = Math.Clamp(1 - severities.Append(scoreSeverity).Aggregate(1.0, (rest, s) => rest * (1 - s)), 0, 1);
        var value = LoyaltyCalculator.CustomerValue(loyaltyScore);
        var antiPatterns = AntiPatternsOf(visit);
        // What happened first (the floor shows the first reason at a glance), then the rules, weightiest first, then the
        // visit score.
        IReadOnlyList<string> ordered =
        [
            .. unrecovered.Count > 0 ? [Story(unrecovered, chain)] : Array.Empty<string>(),
            .. reasons.Select((r, i) => (r, s: severities[i])).OrderByDescending(x => x.s).Select(x => x.r),
            .. scoreReason is null ? Array.Empty<string>() : [scoreReason],
        ];
        return new RiskAssessment(severity, value, severity * value, ordered, antiPatterns,
            RecoveryPlaybook.ActionsFor(antiPatterns), since ?? now);
    }

    /// <summary>What went wrong, in order: "Told no at 18:02, then Complaint at 18:03".</summary>
    private static string Story(IReadOnlyList<Moment> unrecovered, ChainConfig chain) =>
        string.Join(", then ", unrecovered.Select(m => Text($"{chain.TouchpointName(m.Kind)} at {m.At:HH:mm}")));

    /// <summary>
    /// Anti-patterns behind the unrecovered miseries, in order, plus NoApology when a misery
    /// has not been followed by any apology yet.
    /// </summary>
    public static IReadOnlyList<AntiPattern> AntiPatternsOf(VisitState visit)
    {
        var unrecovered = visit.UnrecoveredMiseries.ToList();
        var result = unrecovered.Where(m => m.AntiPattern is not null).Select(m => m.AntiPattern!.Value).Distinct().ToList();
        if (unrecovered.Count > 0 && !result.Contains(AntiPattern.NoApology))
        {
            var firstMisery = visit.Moments.ToList().IndexOf(unrecovered[0]);
            var apologised = visit.Moments.Skip(firstMisery + 1).Any(m => m.Kind == ApologyKind && m.MomentKind != MomentKind.Misery);
            if (!apologised)
            {
                result.Add(AntiPattern.NoApology);
            }
        }
        return result;
    }

    /// <summary>Same assessment for the floor: reasons, actions and priority unchanged (Since aside).</summary>
    public static bool SameAlert(RiskAssessment? a, RiskAssessment? b) =>
        (a, b) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            _ => a.Severity == b.Severity && a.Priority == b.Priority && a.Reasons.SequenceEqual(b.Reasons)
                 && a.AntiPatterns.SequenceEqual(b.AntiPatterns) && a.Actions.SequenceEqual(b.Actions),
        };

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
