using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Alerts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>The alert lifecycle driven by the guest: raise, update, recover, expire with the visit.</summary>
public sealed partial class VenueGrain
{
    private static string EscalationReminder(string alertId) => $"escalate:{alertId}";

    private static string RecoveryEventPrefix(string alertId) => $"resolve:{alertId}:";

    /// <summary>Updates the customer's open alert, or raises a new one (one open alert per customer visit).</summary>
    private void RaiseOrUpdate(AlertView risk)
    {
        var now = time.GetUtcNow();
        var customerId = risk.CustomerId;
        if (State.FloorAlerts.TryGetValue(customerId, out var current) && AlertStatus.IsOpen(current.Status))
        {
            var updated = WithRisk(current, risk) with { UpdatedAt = now };
            State.FloorAlerts[customerId] = updated;
            floor.AlertChanged(updated, AlertChange.Updated);
            return;
        }

        if (current is not null && risk.TriggerEventId?.StartsWith(RecoveryEventPrefix(current.AlertId), StringComparison.Ordinal) == true)
        {
            // The resolution's own recovery touchpoints land one by one; staff just acted, so they raise nothing.
            return;
        }

        var alert = WithRisk(
            new FloorAlert
            {
                AlertId = $"{GrainKey}:{++State.AlertSequence}",
                CustomerId = customerId,
                DisplayName = risk.DisplayName ?? CustomerNames.Default(customerId),
                VenueId = GrainKey,
                Status = AlertStatus.Raised,
                Tier = risk.Tier,
                RaisedAt = now,
                UpdatedAt = now,
            },
            risk);
        State.FloorAlerts[customerId] = alert;
        if (State.AlertedVisits.TryAdd(customerId, State.OpenVisits.GetValueOrDefault(customerId) ?? 0))
        {
            State.AtRiskTotal++;
        }

        _reminderChanges[EscalationReminder(alert.AlertId)] = true;
        floor.AlertChanged(alert, AlertChange.Raised);
    }

    private static FloorAlert WithRisk(FloorAlert alert, AlertView risk) => alert with
    {
        DisplayName = risk.DisplayName ?? alert.DisplayName,
        Zone = risk.Zone ?? alert.Zone,
        Priority = risk.Priority,
        Severity = risk.Severity,
        Tier = risk.Tier,
        CustomerValue = risk.CustomerValue,
        Reasons = risk.Reasons,
        AntiPatterns = risk.AntiPatterns,
        Actions = risk.Actions,
        Moments = risk.Moments ?? alert.Moments,
        Since = risk.Since,
        TriggerEventId = risk.TriggerEventId ?? alert.TriggerEventId,
    };

    /// <summary>The guest is no longer at risk before anyone resolved the alert (e.g. a recovery touchpoint came in).</summary>
    private void CloseAsRecovered(string customerId)
    {
        if (State.FloorAlerts.TryGetValue(customerId, out var current) && AlertStatus.IsOpen(current.Status))
        {
            var now = time.GetUtcNow();
            Close(current with { Status = AlertStatus.Resolved, ResolvedAt = now, UpdatedAt = now, Resolution = "guest recovered" });
        }
    }

    /// <summary>The visit ended: an open alert expires, and recovery is judged against the score at the first alert.</summary>
    private void EndVisit(string customerId, double? finalScore)
    {
        if (State.FloorAlerts.Remove(customerId, out var current) && AlertStatus.IsOpen(current.Status))
        {
            var now = time.GetUtcNow();
            Close(current with { Status = AlertStatus.Expired, UpdatedAt = now });
        }

        if (State.AlertedVisits.Remove(customerId, out var scoreAtAlert))
        {
            State.AlertedVisitsEnded++;
            if (finalScore is { } score && score > scoreAtAlert)
            {
                State.RecoveredTotal++;
            }
        }

        State.OpenVisits.Remove(customerId);
    }

    private void Close(FloorAlert closed)
    {
        if (State.FloorAlerts.ContainsKey(closed.CustomerId))
        {
            State.FloorAlerts[closed.CustomerId] = closed;
        }

        _reminderChanges[EscalationReminder(closed.AlertId)] = false;
        floor.AlertChanged(closed, AlertChange.Closed);
    }
}
