namespace ExperienceGrid.Domain.Venues;

/// <summary>The states of a floor nudge: open on the floor, answered by care, then closed with its outcome.</summary>
public static class NudgeStatus
{
    public const string Open = "open";

    public const string Answered = "answered";

    /// <summary>Answered in time and the wait never became misery.</summary>
    public const string Prevented = "prevented";

    public const string BecameMisery = "becameMisery";

    public const string Lapsed = "lapsed";

    /// <summary>The guest turned at risk; their alert took over.</summary>
    public const string Superseded = "superseded";
}
