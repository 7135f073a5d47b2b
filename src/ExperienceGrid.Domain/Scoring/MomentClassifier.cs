using System.Globalization;
using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Domain.Scoring;

/// <summary>
/// Turns a touchpoint into a moment. Precedence: an explicit outcome wins, then a measured
/// value against the kind's thresholds, then the kind's fixed moment; anything else is a
/// zero-intensity mediocrity.
/// </summary>
public static class MomentClassifier
{
    /// <summary>Touchpoint attribute overriding the intensity of explicit and fixed moments.</summary>
    public const string IntensityAttribute = "intensity";

    /// <summary>Touchpoint attribute naming the anti-pattern behind a misery.</summary>
    public const string AntiPatternAttribute = "antiPattern";

    /// <summary>Intensity of a misery right past its threshold: crossing it already hurts.</summary>
    private const double MiseryFloor = 0.35;

    /// <summary>Classifies a touchpoint; recovery flags are left to the visit, which knows the history.</summary>
    public static Moment Classify(Touchpoint touchpoint, TouchpointDefinition definition, double weight)
    {
        var (kind, intensity) = KindAndIntensity(touchpoint, definition);
        var antiPattern = kind == MomentKind.Misery ? AntiPatternOf(touchpoint) ?? definition.AntiPattern : null;
        return new Moment(touchpoint.EventId, touchpoint.Kind, kind, intensity, weight, definition.Stage,
            definition.Dimension, touchpoint.At, IsRecovery: false, Recovered: false, antiPattern);
    }

    /// <summary>
    /// The non-linear expectation curve. In "badness" terms (mirrored for higher-is-better):
    /// at or better than Wow is WOW (0.5 at Wow, 1 at Best); up to Misery is mediocrity
    /// (intensity = how far towards misery); past Misery is misery from 0.35, rising fast
    /// (ease-out) to 1 at DeepMisery.
    /// </summary>
    public static (MomentKind Kind, double Intensity) FromMeasurement(MeasuredThresholds t, double value)
    {
        var sign = t.Direction == ThresholdDirection.LowerIsBetter ? 1.0 : -1.0;
        double x = sign * value, wow = sign * t.Wow, misery = sign * t.Misery, deep = sign * t.DeepMisery, best = sign * t.Best;
        if (x <= wow)
        {
            var span = wow - best;
            return (MomentKind.Wow, span <= 0 ? 1.0 : 0.5 + (0.5 * EaseOut((wow - x) / span)));
        }
        if (x <= misery)
        {
            return (MomentKind.Mediocrity, Math.Clamp((x - wow) / (misery - wow), 0, 1));
        }
        return (MomentKind.Misery, MiseryFloor + ((1 - MiseryFloor) * EaseOut((x - misery) / (deep - misery))));
    }

    private static (MomentKind, double) KindAndIntensity(Touchpoint touchpoint, TouchpointDefinition definition)
    {
        var measured = definition.Thresholds is { } t && touchpoint.Value is { } v && double.IsFinite(v)
            ? FromMeasurement(t, v)
            : ((MomentKind, double)?)null;
        var explicitIntensity = IntensityOf(touchpoint);

        if (touchpoint.Outcome is { } outcome)
        {
            // Keep the measured depth when staff confirm what the measurement already says.
            var intensity = explicitIntensity
                ?? (measured is { } m && m.Item1 == outcome ? m.Item2 : definition.FixedIntensity);
            return (outcome, intensity);
        }
        if (measured is { } byValue)
        {
            return byValue;
        }
        if (definition.FixedMoment is { } fixedMoment)
        {
            return (fixedMoment, explicitIntensity ?? definition.FixedIntensity);
        }
        return (MomentKind.Mediocrity, 0);
    }

    private static double? IntensityOf(Touchpoint touchpoint) =>
        touchpoint.Attributes?.TryGetValue(IntensityAttribute, out var text) == true
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? Math.Clamp(value, 0, 1)
            : null;

    /// <summary>Reads <c>antiPattern</c> leniently (<c>SaidNoWithoutAlternative</c>, <c>said_no_without_alternative</c>).</summary>
    public static AntiPattern? AntiPatternOf(Touchpoint touchpoint)
    {
        if (touchpoint.Attributes?.TryGetValue(AntiPatternAttribute, out var text) != true || text is null)
        {
            return null;
        }
        var normalized = text.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return Enum.TryParse<AntiPattern>(normalized, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            && !normalized.All(char.IsDigit)
            ? parsed
            : null;
    }

    private static double EaseOut(double t)
    {
        t = Math.Clamp(t, 0, 1);
        return t * (2 - t);
    }
}
