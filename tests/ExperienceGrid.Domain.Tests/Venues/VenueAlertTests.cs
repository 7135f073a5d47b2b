using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>The alert lifecycle the guest drives: raised and updated as the guest worsens, resolved by their recovery, expired with the visit.</summary>
public sealed class VenueAlertTests
{
    private readonly VenueFloor _floor = new();

    [Fact]
    public void A_risk_raises_one_alert_named_by_the_venue_and_its_sequence()
    {
        var guest = new Guest("al-raise");
        _floor.Touch(guest, "visit.start", 0, zone: "bar");
        Assert.Empty(_floor.AlertChanges);

        _floor.Touch(guest, "staff.said_no", 1);

        var raised = Assert.Single(_floor.AlertChanges);
        Assert.Equal((AlertChange.Raised, Guest.At(1)), (raised.Change, raised.AcceptedAt));
        var alert = raised.Alert;
        var risk = guest.Visit.Risk!;
        Assert.Equal(($"{_floor.VenueId}:1", "al-raise", "Guest al-raise", _floor.VenueId, "bar"),
            (alert.AlertId, alert.CustomerId, alert.DisplayName, alert.VenueId, alert.Zone));
        Assert.Equal((AlertStatus.Raised, nameof(Tier.Bronze), Guest.At(1), Guest.At(1), risk.Since),
            (alert.Status, alert.Tier, alert.RaisedAt, alert.UpdatedAt, alert.Since));
        Assert.Equal((Math.Round(risk.Priority, 2), Math.Round(risk.Severity, 2)), (alert.Priority, alert.Severity));
        Assert.Equal(risk.Reasons, alert.Reasons);
        Assert.Equal(risk.Actions, alert.Actions);
        Assert.Equal(["staff.said_no"], alert.Moments.Select(m => m.Kind));
        Assert.Equal("al-raise-e2", alert.TriggerEventId);
        Assert.Null(alert.ClaimedBy);

        Assert.Equal(alert, Assert.Single(VenueModel.OpenAlerts(_floor.State)));
        Assert.Equal(alert, VenueModel.FindAlert(_floor.State, alert.AlertId));
        var view = _floor.View(1);
        Assert.Equal((1, 1L), (view.OpenAlerts, view.AtRiskTotal));
    }

    [Fact]
    public void A_later_risk_updates_the_open_alert_under_the_same_id()
    {
        var guest = new Guest("al-update");
        _floor.Touch(guest, "staff.said_no", 0);
        var first = _floor.AlertOf("al-update");

        _floor.Touch(guest, "complaint", 2);

        var updated = Assert.Single(_floor.AlertChanges);
        Assert.Equal((AlertChange.Updated, Guest.At(2)), (updated.Change, updated.AcceptedAt));
        Assert.Equal((first.AlertId, AlertStatus.Raised, first.RaisedAt, Guest.At(2)),
            (updated.Alert.AlertId, updated.Alert.Status, updated.Alert.RaisedAt, updated.Alert.UpdatedAt));
        Assert.Equal(["staff.said_no", "complaint"], updated.Alert.Moments.Select(m => m.Kind));
        Assert.Equal("al-update-e2", updated.Alert.TriggerEventId);
        Assert.Contains(nameof(AntiPattern.SaidNoWithoutAlternative), updated.Alert.AntiPatterns);
        Assert.Equal(updated.Alert, Assert.Single(VenueModel.OpenAlerts(_floor.State)));
        Assert.Equal((1L, 1L), (_floor.State.AlertSequence, _floor.State.Totals.AtRisk));
    }

    [Fact]
    public void Each_customers_alert_is_numbered_next_and_the_most_valuable_comes_first()
    {
        var (regular, gold) = (new Guest("al-regular"), new Guest("al-gold").WithLoyalty(85));
        _floor.Touch(regular, "staff.said_no", 0);
        _floor.Touch(gold, "staff.said_no", 1);

        Assert.Equal($"{_floor.VenueId}:2", _floor.AlertOf("al-gold").AlertId);
        Assert.Equal(["al-gold", "al-regular"], VenueModel.OpenAlerts(_floor.State).Select(a => a.CustomerId));
        Assert.True(_floor.AlertOf("al-gold").Priority > _floor.AlertOf("al-regular").Priority);
        Assert.Equal((2, 2L), (_floor.View(1).OpenAlerts, _floor.View(1).AtRiskTotal));
    }

    [Fact]
    public void A_cleared_risk_closes_the_alert_as_resolved_by_the_guests_recovery()
    {
        var guest = new Guest("al-recover");
        var alertId = _floor.AtRisk(guest, 0);

        _floor.Touch(guest, "apology", 2);
        Assert.Equal(AlertChange.Updated, Assert.Single(_floor.AlertChanges).Change);
        _floor.Touch(guest, "apology", 3);

        var closed = Assert.Single(_floor.AlertChanges);
        Assert.Equal(AlertChange.Closed, closed.Change);
        Assert.Equal((alertId, AlertStatus.Resolved, "guest recovered", Guest.At(3)),
            (closed.Alert.AlertId, closed.Alert.Status, closed.Alert.Resolution, closed.Alert.ResolvedAt));
        Assert.Equal(closed.Alert, VenueModel.FindAlert(_floor.State, alertId));
        Assert.Empty(VenueModel.OpenAlerts(_floor.State));
        Assert.Equal((1, 0, 1L, 0L), (_floor.View(3).CurrentVisitors, _floor.View(3).OpenAlerts, _floor.View(3).AtRiskTotal, _floor.View(3).AlertedVisitsEnded));
    }

    [Fact]
    public void A_visit_end_expires_the_open_alert_removes_it_and_counts_the_visit_unrecovered()
    {
        var guest = new Guest("al-expire");
        var alertId = _floor.AtRisk(guest, 0);

        _floor.Touch(guest, "visit.end", 20);

        // The same message clears the guest's risk, but the visit end wins: expired, not resolved.
        var closed = Assert.Single(_floor.AlertChanges);
        Assert.Equal((AlertChange.Closed, alertId, AlertStatus.Expired, Guest.At(20), (string?)null),
            (closed.Change, closed.Alert.AlertId, closed.Alert.Status, closed.Alert.UpdatedAt, closed.Alert.Resolution));
        Assert.Null(VenueModel.FindAlert(_floor.State, alertId));
        Assert.Empty(_floor.State.Alerts);
        var view = _floor.View(20);
        Assert.Equal((0, 0, 1L, 1L, 0L, 0.0), (view.CurrentVisitors, view.OpenAlerts, view.AtRiskTotal, view.AlertedVisitsEnded, view.RecoveredTotal, view.RecoveryRate));
    }

    [Fact]
    public void An_alerted_visit_that_ends_above_its_score_at_the_first_alert_counts_as_recovered()
    {
        var (recovered, unrecovered) = (new Guest("al-better"), new Guest("al-worse"));
        _floor.AtRisk(recovered, 0);
        Assert.Null(_floor.View(1).RecoveryRate);
        _floor.Touch(recovered, "apology", 2);
        _floor.Touch(recovered, "apology", 3);
        _floor.Touch(recovered, "greeting", 4, value: 10);
        _floor.Touch(recovered, "visit.end", 5);
        Assert.Equal((1L, 1L, 1.0), (_floor.View(5).RecoveredTotal, _floor.View(5).AlertedVisitsEnded, _floor.View(5).RecoveryRate));

        _floor.AtRisk(unrecovered, 6);
        _floor.Touch(unrecovered, "visit.end", 8);

        var view = _floor.View(8);
        Assert.Equal((1L, 2L, 0.5, 2L), (view.RecoveredTotal, view.AlertedVisitsEnded, view.RecoveryRate, view.AtRiskTotal));
        Assert.Empty(_floor.State.AlertedVisits);
    }

    [Fact]
    public void A_new_risk_after_the_guest_recovered_raises_a_new_alert_but_the_visit_counts_at_risk_once()
    {
        var guest = new Guest("al-again");
        _floor.AtRisk(guest, 0);
        _floor.Touch(guest, "apology", 2);
        _floor.Touch(guest, "apology", 3);
        Assert.Empty(VenueModel.OpenAlerts(_floor.State));

        _floor.Touch(guest, "policy.quoted", 4);
        _floor.Touch(guest, "promise.missed", 5);

        var again = _floor.AlertOf("al-again");
        Assert.Equal($"{_floor.VenueId}:2", again.AlertId);
        Assert.Contains(_floor.Changes.OfType<AlertChanged>(), c => c.Change == AlertChange.Raised && c.Alert.AlertId == again.AlertId);
        Assert.Equal(1L, _floor.View(5).AtRiskTotal);
    }
}
