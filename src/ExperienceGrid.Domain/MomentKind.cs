using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain;

/// <summary>How a touchpoint felt to the guest.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MomentKind>))]
[GenerateSerializer, Alias("Domain.MomentKind")]
public enum MomentKind
{
    Misery,
    Mediocrity,
    Wow,
}
