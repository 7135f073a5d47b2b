namespace ExperienceGrid.Contracts;

public sealed record LoyaltyView(double Score, string Tier, int Visits);
