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
    /// <summary>Nobody acted in time, or the wait was still running at its misery time.</summary>
    Lapsed,
    /// <summary>The guest turned at risk: their alert took over.</summary>
    Superseded,
}
