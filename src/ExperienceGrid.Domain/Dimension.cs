using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain;

/// <summary>The brand positioning dimension a touchpoint speaks to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Dimension>))]
[GenerateSerializer, Alias("Domain.Dimension")]
public enum Dimension
{
    Speed,
    Care,
    Quality,
    Social,
    Ambience,
    Value,
}
