namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// A guest's erasure at the venue: everything that names them goes (their delivery mark, open visit, alert, nudge,
/// follow-ups and WOW opportunities); the counts and history they contributed to stay, without them. Pages hear the
/// alert, nudge and follow-ups close, so they drop them too.
/// </summary>
public sealed partial class VenueModel
{
    public static VenueOutcome Forget(VenueState venue, string customerId, DateTimeOffset now)
    {
        List<VenueChange> changes = [];
        if (venue.Alerts.TryGetValue(customerId, out var alert) && AlertStatus.IsOpen(alert.Status))
        {
            changes.Add(new AlertChanged(alert with { Status = AlertStatus.Expired, UpdatedAt = now }, AlertChange.Closed));
        }

        if (venue.Nudges.TryGetValue(customerId, out var nudge) && nudge.Status == NudgeStatus.Open)
        {
            changes.Add(new NudgeChanged(nudge with { Status = NudgeStatus.Lapsed }));
        }

        var followUps = venue.FollowUps.Where(f => f.CustomerId == customerId).ToList();
        changes.AddRange(followUps.Select(f => new FollowUpChanged(f with { DoneAt = now, DoneBy = ErasedBy })));
        var forgotten = venue with
        {
            Deliveries = venue.Deliveries.Remove(customerId),
            OpenVisits = venue.OpenVisits.Remove(customerId),
            Alerts = venue.Alerts.Remove(customerId),
            AlertedVisits = venue.AlertedVisits.Remove(customerId),
            Nudges = venue.Nudges.Remove(customerId),
            FollowUps = venue.FollowUps.RemoveAll(f => f.CustomerId == customerId),
        };
        changes.Add(CountsChanged.Instance);
        return new VenueOutcome(forgotten, changes);
    }

    /// <summary>Who "marked done" the follow-ups an erasure removed, as pages are told.</summary>
    public const string ErasedBy = "erasure";
}
