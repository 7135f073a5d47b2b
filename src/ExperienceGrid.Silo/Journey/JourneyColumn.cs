namespace ExperienceGrid.Silo.Journey;

/// <summary>One stage of the journey with a cell per touchpoint kind, in catalog order.</summary>
/// <param name="Stage">arrival, interest, desire, purchase, departure or followUp (as in the chain config).</param>
public sealed record JourneyColumn(string Stage, IReadOnlyList<JourneyCell> Cells);
