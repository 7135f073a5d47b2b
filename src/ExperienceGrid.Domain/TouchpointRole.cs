using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain;

/// <summary>What a catalog touchpoint kind does to a visit.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TouchpointRole>))]
public enum TouchpointRole
{
    /// <summary>Classified into a moment (measured, explicit outcome or fixed by kind).</summary>
    Moment,
    /// <summary>Bookkeeping only (visit.start, visit.end, zone changes): never a moment.</summary>
    Marker,
    /// <summary>A moment that recovers the oldest unrecovered misery of the visit.</summary>
    Recovery,
}
