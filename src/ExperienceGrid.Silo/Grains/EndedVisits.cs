using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// The latest ended visit per venue a customer grain keeps, so that a venue's staff may still read a guest who has
/// just left (see <c>Auth:RecentVisitWindow</c>). Bounded: a few small entries per customer.
/// </summary>
public static class EndedVisits
{
    /// <summary>Venues remembered per customer; a guest of more venues drops the one left longest ago.</summary>
    public const int Kept = 8;

    /// <summary>Records a closed visit: replaces the venue's earlier one, newest first, at most <see cref="Kept"/>.</summary>
    public static void Record(List<EndedVisit> ended, EndedVisit visit)
    {
        ended.RemoveAll(v => v.VenueId == visit.VenueId);
        ended.Insert(0, visit);
        if (ended.Count > Kept)
        {
            ended.RemoveRange(Kept, ended.Count - Kept);
        }
    }

    /// <summary>A copy for a view; a state written before the list existed has only the model's last closed visit.</summary>
    public static IReadOnlyList<EndedVisit> Of(List<EndedVisit> ended, CustomerState customer) =>
        ended.Count == 0 && customer.LastClosedVisit is { } last ? [new EndedVisit(last.VenueId, last.ClosedAt)] : [.. ended];
}
