namespace ExperienceGrid.LoadGenerator.Recording;

/// <summary>Events per second in one time bucket: offered (scheduled) and achieved (answered 202).</summary>
public sealed record RatePoint(double At, double Offered, double Achieved);
