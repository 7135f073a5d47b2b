using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain;

/// <summary>Where in the visit a touchpoint happens; arrival and departure weigh more (peak–end).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JourneyStage>))]
[GenerateSerializer, Alias("Domain.JourneyStage")]
public enum JourneyStage
{
    Arrival,
    Interest,
    Desire,
    Purchase,
    Departure,
    FollowUp,
}
