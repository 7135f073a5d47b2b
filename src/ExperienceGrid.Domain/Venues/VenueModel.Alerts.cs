namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// The alert lifecycle: raised and updated as the guest worsens, closed when the guest recovers or the visit ends,
/// claimed and resolved by staff, escalated when nobody claims it in time. One open alert per customer visit.
/// </summary>
public sealed partial class VenueModel
{
    /// <summary>Open alerts, highest priority first.</summary>
    public static IEnumerable<FloorAlert> OpenAlerts(VenueState venue) =>
        venue.Alerts.Values.Where(a => AlertStatus.IsOpen(a.Status)).OrderByDescending(a => a.Priority).ThenBy(a => a.RaisedAt);

    /// <summary>The alert while its visit is open (also after it closed), else null.</summary>
    public static FloorAlert? FindAlert(VenueState venue, string alertId) => venue.Alerts.Values.FirstOrDefault(a => a.AlertId == alertId);

    /// <summary>The event ids of a resolution's recovery touchpoints start with this.</summary>
    public static string RecoveryEventPrefix(string alertId) => $"resolve:{alertId}:";

    /// <summary>Claims or resolves an open alert; refused when the alert's state no longer allows it.</summary>
    public VenueOutcome Handle(VenueState venue, AlertCommand command, DateTimeOffset now)
    {
        var alert = FindAlert(venue, command.AlertId);
        if (alert is null || !AlertStatus.IsOpen(alert.Status))
        {
            return VenueOutcome.Refused(venue, $"the alert is {alert?.Status ?? "unknown"}");
        }

        List<VenueChange> changes = [];
        switch (command.Kind)
        {
            case AlertCommand.Claim when alert.ClaimedBy is null:
                (venue, var claimed) = Claim(venue, alert, command.By, now, changes);
                changes.Add(new AlertChanged(claimed, AlertChange.Claimed));
                break;
            case AlertCommand.Resolve when alert.ClaimedBy is null || alert.ClaimedBy == command.By || command.Takeover:
                if (alert.ClaimedBy is null)
                {
                    // Resolving an unclaimed alert claims it on the way: it counts in the time to claim.
                    (venue, alert) = Claim(venue, alert, command.By, now, changes);
                }

                venue = Resolve(venue, alert, command, now, changes);
                break;
            default:
                return VenueOutcome.Refused(venue, $"{alert.Status} by {alert.ClaimedBy}");
        }

        changes.Add(CountsChanged.Instance);
        return new VenueOutcome(venue, changes);
    }

    /// <summary>The claim timeout of <paramref name="alertId"/> passed: escalates it if it is still unclaimed.</summary>
    public static VenueOutcome Escalate(VenueState venue, string alertId, DateTimeOffset now)
    {
        var alert = FindAlert(venue, alertId);
        if (alert is not { Status: AlertStatus.Raised })
        {
            return VenueOutcome.Refused(venue, $"the alert is {alert?.Status ?? "unknown"}");
        }

        var escalated = alert with { Status = AlertStatus.Escalated, EscalatedAt = now, UpdatedAt = now };
        venue = venue with
        {
            Alerts = venue.Alerts.SetItem(alert.CustomerId, escalated),
            Totals = venue.Totals with { Escalated = venue.Totals.Escalated + 1 },
        };
        List<VenueChange> changes = [new AlertChanged(escalated, AlertChange.Escalated), CountsChanged.Instance];
        return new VenueOutcome(Count(venue, now, t => t with { Escalated = t.Escalated + 1 }, changes), changes);
    }

    /// <summary>When the earliest alert still waiting for a claim reaches its claim timeout; null when none waits.</summary>
    public static DateTimeOffset? NextEscalationDue(VenueState venue, TimeSpan claimTimeout) =>
        venue.Alerts.Values.Where(a => a.Status == AlertStatus.Raised).Min(a => (DateTimeOffset?)a.RaisedAt) + claimTimeout;

    /// <summary>Escalates every alert nobody claimed within <paramref name="claimTimeout"/> of its raise.</summary>
    public static VenueOutcome EscalateDue(VenueState venue, TimeSpan claimTimeout, DateTimeOffset now)
    {
        List<VenueChange> changes = [];
        foreach (var due in venue.Alerts.Values.Where(a => a.Status == AlertStatus.Raised && a.RaisedAt + claimTimeout <= now).ToList())
        {
            var escalated = Escalate(venue, due.AlertId, now);
            venue = escalated.State;
            changes.AddRange(escalated.Changes);
        }

        return new VenueOutcome(venue, changes);
    }

    /// <summary>Updates the customer's open alert, or raises a new one.</summary>
    private static VenueState RaiseOrUpdate(VenueState venue, VenueActivity activity, RiskAssessment risk, DateTimeOffset now, List<VenueChange> changes)
    {
        var customerId = activity.CustomerId;
        if (venue.Alerts.TryGetValue(customerId, out var current) && AlertStatus.IsOpen(current.Status))
        {
            var updated = current.Assessed(activity, risk) with { UpdatedAt = now };
            changes.Add(new AlertChanged(updated, AlertChange.Updated, activity.AcceptedAt));
            return venue with { Alerts = venue.Alerts.SetItem(customerId, updated) };
        }

        if (current is not null && activity.SourceId?.StartsWith(RecoveryEventPrefix(current.AlertId), StringComparison.Ordinal) == true)
        {
            // The resolution's own recovery touchpoints land one by one; staff just acted, so they raise nothing.
            return venue;
        }

        var sequence = venue.AlertSequence + 1;
        var alert = new FloorAlert
        {
            AlertId = $"{venue.VenueId}:{sequence}",
            CustomerId = customerId,
            DisplayName = activity.DisplayName,
            VenueId = venue.VenueId,
            Status = AlertStatus.Raised,
            Tier = activity.Tier,
            RaisedAt = now,
            UpdatedAt = now,
        }.Assessed(activity, risk);
        venue = venue with { AlertSequence = sequence, Alerts = venue.Alerts.SetItem(customerId, alert) };
        if (!venue.AlertedVisits.ContainsKey(customerId))
        {
            venue = venue with
            {
                AlertedVisits = venue.AlertedVisits.Add(customerId, venue.OpenVisits.GetValueOrDefault(customerId) ?? 0),
                Totals = venue.Totals with { AtRisk = venue.Totals.AtRisk + 1 },
            };
        }

        changes.Add(new AlertChanged(alert, AlertChange.Raised, activity.AcceptedAt));
        return Count(venue, activity.At, t => t with { Raised = t.Raised + 1 }, changes);
    }

    /// <summary>The guest is no longer at risk before anyone resolved the alert (e.g. a recovery touchpoint came in).</summary>
    private static VenueState CloseAsRecovered(VenueState venue, VenueActivity activity, DateTimeOffset now, List<VenueChange> changes) =>
        venue.Alerts.TryGetValue(activity.CustomerId, out var current) && AlertStatus.IsOpen(current.Status)
            ? Close(venue, current with { Status = AlertStatus.Resolved, ResolvedAt = now, UpdatedAt = now, Resolution = GuestRecovered }, activity.At, changes, activity.AcceptedAt)
            : venue;

    /// <summary>The visit ended: an open alert expires, and recovery is judged against the score at the first alert.</summary>
    private VenueState EndVisit(VenueState venue, VenueActivity activity, DateTimeOffset now, List<VenueChange> changes)
    {
        var (customerId, finalScore) = (activity.CustomerId, activity.ClosedScore);
        var alert = venue.Alerts.GetValueOrDefault(customerId);
        if (alert is { } current)
        {
            venue = venue with { Alerts = venue.Alerts.Remove(customerId) };
            if (AlertStatus.IsOpen(current.Status))
            {
                changes.Add(new AlertChanged(current with { Status = AlertStatus.Expired, UpdatedAt = now }, AlertChange.Closed, activity.AcceptedAt));
            }
        }

        if (venue.AlertedVisits.TryGetValue(customerId, out var scoreAtAlert))
        {
            var recovered = finalScore is { } score && score > scoreAtAlert;
            venue = venue with
            {
                AlertedVisits = venue.AlertedVisits.Remove(customerId),
                Totals = venue.Totals with
                {
                    AlertedVisitsEnded = venue.Totals.AlertedVisitsEnded + 1,
                    Recovered = venue.Totals.Recovered + (recovered ? 1 : 0),
                },
            };
            venue = CountEndedAlertedVisit(venue, alert, recovered, activity.At, changes);
        }

        return venue with { OpenVisits = venue.OpenVisits.Remove(customerId) };
    }

    /// <summary>Closes an open alert as resolved (by staff or by the guest's recovery), counted in the history at <paramref name="at"/>.</summary>
    private static VenueState Close(VenueState venue, FloorAlert closed, DateTimeOffset at, List<VenueChange> changes, DateTimeOffset? acceptedAt = null)
    {
        changes.Add(new AlertChanged(closed, AlertChange.Closed, acceptedAt));
        venue = venue with { Alerts = venue.Alerts.SetItem(closed.CustomerId, closed) };
        return Count(venue, at, t => t with { Resolved = t.Resolved + 1 }, changes);
    }

    private static (VenueState Venue, FloorAlert Claimed) Claim(VenueState venue, FloorAlert alert, string by, DateTimeOffset now, List<VenueChange> changes)
    {
        var claimed = alert with { Status = AlertStatus.Claimed, ClaimedBy = by, ClaimedAt = now, UpdatedAt = now };
        var seconds = Math.Max(0, (now - alert.RaisedAt).TotalSeconds);
        var totals = venue.Totals with { Claimed = venue.Totals.Claimed + 1, ClaimSeconds = venue.Totals.ClaimSeconds + seconds };
        venue = Count(venue with { Alerts = venue.Alerts.SetItem(alert.CustomerId, claimed), Totals = totals }, now,
            t => t with { Claimed = t.Claimed + 1, ClaimSeconds = t.ClaimSecondsOrEmpty.Add((int)Math.Round(seconds)) }, changes);
        return (venue, claimed);
    }

    /// <summary>
    /// Closes the alert and asks for a recovery touchpoint on the guest for each misery still unrecovered, with
    /// deterministic ids, so the visit score (and the venue's recovery rate) reflect it once.
    /// </summary>
    private VenueState Resolve(VenueState venue, FloorAlert alert, AlertCommand command, DateTimeOffset now, List<VenueChange> changes)
    {
        venue = Close(venue, alert with { Status = AlertStatus.Resolved, ResolvedAt = now, UpdatedAt = now, Resolution = command.Action, Note = command.Note }, now, changes);

        var unrecovered = alert.Moments.Count(m => m.MomentKind == MomentKind.Misery && !m.Recovered);
        var attributes = new Dictionary<string, string> { ["alertId"] = alert.AlertId, ["action"] = command.Action ?? "" };
        if (command.Note is { Length: > 0 } note)
        {
            attributes["note"] = note;
        }

        changes.Add(new RecoveryRequested([.. Enumerable.Range(1, Math.Max(1, unrecovered)).Select(i =>
            new Touchpoint($"{RecoveryEventPrefix(alert.AlertId)}{i}", alert.CustomerId, venue.VenueId, recoveryTouchpoint, now,
                Zone: alert.Zone, StaffId: command.By, Attributes: attributes))]));
        return venue;
    }
}
