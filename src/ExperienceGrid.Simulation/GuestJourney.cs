using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Simulation;

/// <summary>One guest's visit still to be walked: the touchpoints left, in order, and where in the venue they are.</summary>
internal sealed class GuestJourney(string customerId, Venue venue, string? zone, Queue<JourneyStep> steps, string? staffId)
{
    public string CustomerId { get; } = customerId;

    /// <summary>The guest's display name was sent with an earlier touchpoint of this visit.</summary>
    public bool Named { get; set; }

    public Venue Venue { get; } = venue;

    /// <summary>Moves with <c>zone.changed</c>; null once the visit has ended (a follow-up reaches the guest elsewhere).</summary>
    public string? Zone { get; set; } = zone;

    public Queue<JourneyStep> Steps { get; } = steps;

    /// <summary>Who serves the guest this visit (see <see cref="JourneyOptions.Staff"/>), or null.</summary>
    public string? StaffId { get; } = staffId;
}
