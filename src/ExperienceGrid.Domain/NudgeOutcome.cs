using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain;

/// <summary>How a nudge ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NudgeOutcome>))]
public enum NudgeOutcome
{
    /// <summary>Staff acted in time and the wait never became misery.</summary>
    Prevented,
    /// <summary>The wait became misery.</summary>
    BecameMisery,
    /// <summary>Nobody acted and the wait ended without misery, or the visit ended first.</summary>
    Lapsed,
}
