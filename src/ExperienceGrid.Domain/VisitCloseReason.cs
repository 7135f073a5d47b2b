using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain;

/// <summary>Why a visit was closed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VisitCloseReason>))]
[GenerateSerializer, Alias("Domain.VisitCloseReason")]
public enum VisitCloseReason
{
    /// <summary>A <c>visit.end</c> touchpoint.</summary>
    Ended,
    /// <summary>A touchpoint arrived from another venue.</summary>
    VenueChanged,
    /// <summary>No touchpoint within the configured inactivity timeout.</summary>
    Inactivity,
}
