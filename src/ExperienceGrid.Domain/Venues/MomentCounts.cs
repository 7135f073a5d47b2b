using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain.Venues;

/// <summary>Misery, mediocrity and WOW moments counted over some span of time.</summary>
[GenerateSerializer, Immutable, Alias("Contracts.MomentCounts")]
public sealed record MomentCounts([property: Id(0)] long Misery, [property: Id(1)] long Mediocrity, [property: Id(2)] long Wow)
{
    public static MomentCounts None { get; } = new(0, 0, 0);

    /// <summary>Every moment counted (left out of JSON: clients add it up themselves).</summary>
    [JsonIgnore]
    public long Volume => Misery + Mediocrity + Wow;

    /// <summary>These counts with one more moment of <paramref name="kind"/>.</summary>
    public MomentCounts With(MomentKind kind) => kind switch
    {
        MomentKind.Misery => this with { Misery = Misery + 1 },
        MomentKind.Mediocrity => this with { Mediocrity = Mediocrity + 1 },
        _ => this with { Wow = Wow + 1 },
    };

    public MomentCounts Plus(MomentCounts other) => new(Misery + other.Misery, Mediocrity + other.Mediocrity, Wow + other.Wow);
}
