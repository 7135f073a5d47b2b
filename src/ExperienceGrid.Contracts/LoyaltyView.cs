namespace ExperienceGrid.Contracts;

[GenerateSerializer, Immutable, Alias("Contracts.LoyaltyView")]
public sealed record LoyaltyView([property: Id(0)] double Score, [property: Id(1)] string Tier, [property: Id(2)] int Visits);
