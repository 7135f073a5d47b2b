using System.Text.Json;

namespace ExperienceGrid.Domain.Configuration;

public static partial class ChainConfigLoader
{
    /// <summary>Peak–end: the first and last impressions weigh more than the middle of a visit.</summary>
    private static readonly Dictionary<JourneyStage, double> _defaultStageWeights = new()
    {
        [JourneyStage.Arrival] = 1.3,
        [JourneyStage.Interest] = 1.0,
        [JourneyStage.Desire] = 1.0,
        [JourneyStage.Purchase] = 1.0,
        [JourneyStage.Departure] = 1.3,
        [JourneyStage.FollowUp] = 1.0,
    };

    private static Dictionary<JourneyStage, double> ReadStageWeights(JsonElement root, ConfigReader reader)
    {
        var weights = new Dictionary<JourneyStage, double>(_defaultStageWeights);
        if (reader.Object(root, "", "stageWeights", required: false) is not { } obj)
        {
            return weights;
        }
        var names = Enum.GetValues<JourneyStage>().ToDictionary(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString()));
        reader.OnlyFields(obj, "stageWeights", [.. names.Keys]);
        foreach (var (name, stage) in names)
        {
            if (reader.Number(obj, "stageWeights", name, 0, 5, minExclusive: true, required: false) is { } w)
            {
                weights[stage] = w;
            }
        }
        return weights;
    }

    private static RiskPolicy? ReadRiskPolicy(JsonElement root, ConfigReader reader)
    {
        if (reader.Object(root, "", "riskPolicy") is not { } obj)
        {
            return null;
        }
        const string Path = "riskPolicy";
        reader.OnlyFields(obj, Path, "recoveryWindowMinutes", "scoreThreshold", "repeatedMiseryCount", "topTier");
        var window = reader.Number(obj, Path, "recoveryWindowMinutes", 0, 24 * 60, minExclusive: true);
        var threshold = reader.Number(obj, Path, "scoreThreshold", 0, 100, minExclusive: true);
        var repeated = reader.Number(obj, Path, "repeatedMiseryCount", 2, 100, minExclusive: false);
        if (repeated is { } r && r != Math.Floor(r))
        {
            reader.Problem(ConfigReader.Join(Path, "repeatedMiseryCount"), "must be a whole number");
            repeated = null;
        }
        var topTier = reader.Enum<Tier>(obj, Path, "topTier");
        return window is null || threshold is null || repeated is null || topTier is null
            ? null
            : new RiskPolicy(TimeSpan.FromMinutes(window.Value), threshold.Value, (int)repeated.Value, topTier.Value);
    }

    private static TierThresholds? ReadTiers(JsonElement root, ConfigReader reader)
    {
        if (reader.Object(root, "", "tiers") is not { } obj)
        {
            return null;
        }
        reader.OnlyFields(obj, "tiers", "silver", "gold", "platinum");
        var silver = reader.Number(obj, "tiers", "silver", 0, 100, minExclusive: true);
        var gold = reader.Number(obj, "tiers", "gold", 0, 100, minExclusive: true);
        var platinum = reader.Number(obj, "tiers", "platinum", 0, 100, minExclusive: true);
        if (silver is null || gold is null || platinum is null)
        {
            return null;
        }
        var ok = true;
        if (gold <= silver)
        {
            reader.Problem("tiers.gold", $"must be greater than silver ({ConfigReader.Format(silver.Value)})");
            ok = false;
        }
        if (platinum <= gold)
        {
            reader.Problem("tiers.platinum", $"must be greater than gold ({ConfigReader.Format(gold.Value)})");
            ok = false;
        }
        return ok ? new TierThresholds(silver.Value, gold.Value, platinum.Value) : null;
    }

    private static LoyaltySettings? ReadLoyalty(JsonElement root, ConfigReader reader)
    {
        if (reader.Object(root, "", "loyalty") is not { } obj)
        {
            return null;
        }
        const string Path = "loyalty";
        reader.OnlyFields(obj, Path, "halfLifeDays", "wowVisitScore", "miseryVisitScore", "wowGain", "miseryLoss");
        var halfLife = reader.Number(obj, Path, "halfLifeDays", 0, 3650, minExclusive: true);
        var wowScore = reader.Number(obj, Path, "wowVisitScore", 0, 100, minExclusive: true);
        var miseryScore = reader.Number(obj, Path, "miseryVisitScore", 0, 100, minExclusive: true);
        var gain = reader.Number(obj, Path, "wowGain", 0, 1, minExclusive: true);
        var loss = reader.Number(obj, Path, "miseryLoss", 0, 1, minExclusive: true);
        if (halfLife is null || wowScore is null || miseryScore is null || gain is null || loss is null)
        {
            return null;
        }
        var ok = true;
        if (wowScore <= 60 || miseryScore >= 60)
        {
            // 60 is a mediocre visit; it must sit strictly inside the band that changes nothing.
            reader.Problem(ConfigReader.Join(Path, wowScore <= 60 ? "wowVisitScore" : "miseryVisitScore"),
                "wowVisitScore must be above 60 and miseryVisitScore below 60 (a mediocre visit scores 60)");
            ok = false;
        }
        if (loss < gain)
        {
            reader.Problem(ConfigReader.Join(Path, "miseryLoss"), $"must be at least wowGain ({ConfigReader.Format(gain.Value)}): misery weighs more than WOW");
            ok = false;
        }
        return ok ? new LoyaltySettings(TimeSpan.FromDays(halfLife.Value), wowScore.Value, miseryScore.Value, gain.Value, loss.Value) : null;
    }

    private static VisitSettings? ReadVisits(JsonElement root, ConfigReader reader)
    {
        if (reader.Object(root, "", "visits") is not { } obj)
        {
            return null;
        }
        reader.OnlyFields(obj, "visits", "inactivityTimeoutMinutes");
        var timeout = reader.Number(obj, "visits", "inactivityTimeoutMinutes", 0, 24 * 60, minExclusive: true);
        return timeout is null ? null : new VisitSettings(TimeSpan.FromMinutes(timeout.Value));
    }
}
