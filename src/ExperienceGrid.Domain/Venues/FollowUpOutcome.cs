namespace ExperienceGrid.Domain.Venues;

/// <summary>How the care team's follow-up of a guest went, recorded when it is marked done.</summary>
public static class FollowUpOutcome
{
    /// <summary>Reached, and the guest is happy again: a recovery touchpoint on the guest.</summary>
    public const string Recovered = "recovered";

    public const string Unhappy = "unhappy";

    public const string NoAnswer = "noAnswer";

    public static IReadOnlyList<string> All { get; } = [Recovered, Unhappy, NoAnswer];
}
