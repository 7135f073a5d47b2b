using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Journey;

/// <summary>Misery, mediocrity and WOW as fractions of the moments counted (rounded to 0.001).</summary>
public sealed record MomentShares(double Misery, double Mediocrity, double Wow)
{
    /// <summary>The shares of <paramref name="counts"/>, or null when there is no moment.</summary>
    public static MomentShares? Of(MomentCounts counts) =>
        counts.Volume == 0
            ? null
            : new(Share(counts.Misery, counts.Volume), Share(counts.Mediocrity, counts.Volume), Share(counts.Wow, counts.Volume));

    private static double Share(long part, long whole) => Math.Round((double)part / whole, 3);
}
