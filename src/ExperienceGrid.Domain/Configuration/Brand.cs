namespace ExperienceGrid.Domain.Configuration;

/// <summary>
/// A brand and its positioning: a dimension weight above 1 makes moments on that dimension
/// count more (a burger brand weights speed, a café weights social).
/// </summary>
/// <param name="CareGestures">Small surprises staff can offer; used for WOW suggestions.</param>
/// <param name="WaitingCare">What staff can offer a guest who is waiting (a drink, a seat, an honest estimate); offered with nudges.</param>
public sealed record Brand(
    string Id,
    string Name,
    string VenueType,
    IReadOnlyDictionary<Dimension, double> Positioning,
    IReadOnlyList<string> CareGestures,
    IReadOnlyList<string> WaitingCare)
{
    /// <summary>The positioning weight of a dimension (1 when absent).</summary>
    public double WeightOf(Dimension dimension) => Positioning.TryGetValue(dimension, out var w) ? w : 1.0;

    /// <summary>Used for venues the config does not know: every dimension weighs 1.</summary>
    public static Brand Neutral { get; } = new("", "", "", new Dictionary<Dimension, double>(), [], []);
}
