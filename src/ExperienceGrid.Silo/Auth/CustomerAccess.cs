using ExperienceGrid.Contracts;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Auth;

/// <summary>
/// Who may read a customer: a user whose venues the guest is visiting now, or left within
/// <see cref="AuthOptions.RecentVisitWindow"/>. They see only what happened at their venues.
/// </summary>
public sealed class CustomerAccess(IOptions<AuthOptions> options, TimeProvider time)
{
    /// <summary>
    /// The customer as <paramref name="user"/> may see them: the open visit only when it is at one of their venues,
    /// and only their venues' recent ended visits; null when none of their venues has the guest in an open or recent visit.
    /// </summary>
    public CustomerView? VisibleTo(UserScope user, CustomerView customer)
    {
        var since = time.GetUtcNow() - options.Value.RecentVisitWindow;
        var open = customer.Visit is { } visit && user.CanSee(visit.VenueId) ? visit : null;
        List<EndedVisit> ended = [.. (customer.EndedVisits ?? []).Where(v => user.CanSee(v.VenueId) && v.EndedAt >= since)];
        return open is null && ended.Count == 0 ? null : customer with { Visit = open, EndedVisits = ended };
    }
}
