using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Simulation;

/// <summary>One guest's visit still to be walked: the touchpoints left, in order.</summary>
internal sealed class GuestJourney(string customerId, Venue venue, string? zone, Queue<JourneyStep> steps)
{
    public string CustomerId { get; } = customerId;

    public Venue Venue { get; } = venue;

    public string? Zone { get; } = zone;

    public Queue<JourneyStep> Steps { get; } = steps;
}
