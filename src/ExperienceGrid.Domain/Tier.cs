using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain;

/// <summary>Loyalty tier, derived from the lifetime loyalty score via configured thresholds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Tier>))]
[GenerateSerializer, Alias("Domain.Tier")]
public enum Tier
{
    Bronze,
    Silver,
    Gold,
    Platinum,
}
