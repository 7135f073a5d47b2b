using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>The alert lifecycle staff and time drive: claim, resolve (with the guest's recovery touchpoints), escalate.</summary>
public sealed class VenueAlertCommandTests
{
    private readonly VenueFloor _floor = new();
    private readonly Guest _guest = new("cmd-guest");

    /// <summary>The guest at risk from minute 0 in zone "patio", with two unrecovered miseries; the alert's id.</summary>
    private string AtRisk() => _floor.AtRisk(_guest, 0, zone: "patio");

    private static double MinuteOf(DateTimeOffset at) => (at - Guest.At(0)).TotalMinutes;

    [Fact]
    public void A_claim_takes_a_raised_alert_and_counts_the_time_to_claim()
    {
        var alertId = AtRisk();

        var outcome = _floor.Claim(alertId, "staff-a", 3);

        Assert.Null(outcome.Refusal);
        var claimed = Assert.IsType<AlertChanged>(VenueFloor.Live(outcome)[0]);
        Assert.Equal([claimed, CountsChanged.Instance], VenueFloor.Live(outcome));
        Assert.Equal((AlertChange.Claimed, alertId, AlertStatus.Claimed, "staff-a", Guest.At(3), Guest.At(3)),
            (claimed.Change, claimed.Alert.AlertId, claimed.Alert.Status, claimed.Alert.ClaimedBy, claimed.Alert.ClaimedAt, claimed.Alert.UpdatedAt));
        Assert.Equal(claimed.Alert, VenueModel.FindAlert(_floor.State, alertId));
        Assert.Null(claimed.AcceptedAt);
        Assert.Equal((1, 180.0), (_floor.View(3).OpenAlerts, _floor.View(3).AverageTimeToClaimSeconds));
    }

    [Theory]
    [InlineData("staff-b")]
    [InlineData("staff-a")]
    public void A_claim_of_a_claimed_alert_is_refused(string by)
    {
        var alertId = AtRisk();
        _floor.Claim(alertId, "staff-a", 2);
        var before = _floor.State;

        var outcome = _floor.Claim(alertId, by, 3);

        Assert.Equal("claimed by staff-a", outcome.Refusal);
        Assert.Empty(outcome.Changes);
        Assert.Same(before, outcome.State);
    }

    [Fact]
    public void Resolving_closes_the_alert_and_asks_for_a_recovery_touchpoint_per_unrecovered_misery()
    {
        var alertId = AtRisk();
        _floor.Claim(alertId, "staff-a", 2);

        var outcome = _floor.Resolve(alertId, "staff-a", 4, "apologised and comped dessert", "table 4");

        Assert.Null(outcome.Refusal);
        var closed = Assert.Single(_floor.AlertChanges);
        Assert.Equal((AlertChange.Closed, AlertStatus.Resolved, "apologised and comped dessert", "table 4", Guest.At(4), "staff-a"),
            (closed.Change, closed.Alert.Status, closed.Alert.Resolution, closed.Alert.Note, closed.Alert.ResolvedAt, closed.Alert.ClaimedBy));
        Assert.Equal(CountsChanged.Instance, outcome.Changes[^1]);
        var touchpoints = Assert.Single(outcome.Changes.OfType<RecoveryRequested>()).Touchpoints;
        Assert.Equal([$"resolve:{alertId}:1", $"resolve:{alertId}:2"], touchpoints.Select(t => t.EventId));
        Assert.All(touchpoints, t =>
        {
            Assert.Equal(("cmd-guest", _floor.VenueId, VenueFloor.RecoveryKind, Guest.At(4), "patio", "staff-a"), (t.CustomerId, t.VenueId, t.Kind, t.At, t.Zone, t.StaffId));
            Assert.Equal(new Dictionary<string, string> { ["alertId"] = alertId, ["action"] = "apologised and comped dessert", ["note"] = "table 4" }, t.Attributes!);
        });
        Assert.Empty(VenueModel.OpenAlerts(_floor.State));
        Assert.Equal(AlertStatus.Resolved, VenueModel.FindAlert(_floor.State, alertId)!.Status);
    }

    [Fact]
    public void Resolving_an_unclaimed_alert_claims_it_on_the_way()
    {
        var alertId = AtRisk();

        var outcome = _floor.Resolve(alertId, "staff-b", 2);

        Assert.DoesNotContain(_floor.AlertChanges, c => c.Change == AlertChange.Claimed);
        var resolved = VenueModel.FindAlert(_floor.State, alertId)!;
        Assert.Equal((AlertStatus.Resolved, "staff-b", Guest.At(2)), (resolved.Status, resolved.ClaimedBy, resolved.ClaimedAt));
        Assert.Equal((1L, 120.0), (_floor.State.Totals.Claimed, _floor.View(2).AverageTimeToClaimSeconds));
        var touchpoint = Assert.Single(outcome.Changes.OfType<RecoveryRequested>()).Touchpoints[0];
        Assert.False(touchpoint.Attributes!.ContainsKey("note"));
    }

    [Fact]
    public void Only_the_claimer_resolves_unless_someone_takes_over()
    {
        var alertId = AtRisk();
        _floor.Claim(alertId, "staff-a", 2);

        var refused = _floor.Resolve(alertId, "staff-b", 3);
        Assert.Equal(("claimed by staff-a", 0), (refused.Refusal, refused.Changes.Count));

        _floor.Resolve(alertId, "manager", 4, "manager apologised", takeover: true);

        var closed = Assert.Single(_floor.AlertChanges).Alert;
        Assert.Equal((AlertStatus.Resolved, "manager apologised", "staff-a"), (closed.Status, closed.Resolution, closed.ClaimedBy));
        Assert.All(Assert.Single(_floor.Last.Changes.OfType<RecoveryRequested>()).Touchpoints, t => Assert.Equal("manager", t.StaffId));
        Assert.Equal(1L, _floor.State.Totals.Claimed);
    }

    [Fact]
    public void An_alert_without_an_unrecovered_misery_still_asks_for_one_recovery()
    {
        var guest = new Guest("cmd-one");
        guest.Touch("staff.said_no", 0);
        _floor.Send(new VenueActivity("cmd-one", Guest.At(0), Risk: guest.Visit.Risk, Miseries: []));
        var alertId = _floor.AlertOf("cmd-one").AlertId;

        var outcome = _floor.Resolve(alertId, "staff-a", 1);

        Assert.Equal([$"resolve:{alertId}:1"], Assert.Single(outcome.Changes.OfType<RecoveryRequested>()).Touchpoints.Select(t => t.EventId));
    }

    [Fact]
    public void The_recovery_touchpoints_raise_no_new_alert_but_a_later_misery_does()
    {
        var alertId = AtRisk();
        _floor.Resolve(alertId, "staff-a", 2);

        var recoveries = _floor.RecordRecoveries(_guest);

        // The first still finds the guest at risk: without the rule it would raise a new alert.
        Assert.NotNull(_floor.Outbox("cmd-guest")[^2].Activity.Risk);
        Assert.All(recoveries, r => Assert.DoesNotContain(r.Changes, c => c is AlertChanged));
        Assert.Equal(2, _guest.Visit.Moments.Count(m => m.Kind == VenueFloor.RecoveryKind));
        Assert.Empty(VenueModel.OpenAlerts(_floor.State));
        Assert.Equal(1L, _floor.State.AlertSequence);

        _floor.Touch(_guest, "policy.quoted", 5);
        _floor.Touch(_guest, "promise.missed", 6);
        Assert.Equal($"{_floor.VenueId}:2", _floor.AlertOf("cmd-guest").AlertId);
    }

    [Fact]
    public void Escalation_takes_a_raised_alert_to_the_managers_and_it_can_still_be_claimed()
    {
        var alertId = AtRisk();

        var outcome = _floor.Escalate(alertId, 3);

        var escalated = Assert.IsType<AlertChanged>(outcome.Changes[0]);
        Assert.Equal([escalated, CountsChanged.Instance], VenueFloor.Live(outcome));
        Assert.Equal((AlertChange.Escalated, AlertStatus.Escalated, Guest.At(3), Guest.At(3)),
            (escalated.Change, escalated.Alert.Status, escalated.Alert.EscalatedAt, escalated.Alert.UpdatedAt));
        Assert.Equal((1, 1L), (_floor.View(3).OpenAlerts, _floor.View(3).EscalatedTotal));

        Assert.Equal("the alert is escalated", _floor.Escalate(alertId, 4).Refusal);
        var claimed = Assert.Single(_floor.Claim(alertId, "staff-a", 5).Changes.OfType<AlertChanged>());
        Assert.Equal((AlertChange.Claimed, AlertStatus.Claimed, Guest.At(3)), (claimed.Change, claimed.Alert.Status, claimed.Alert.EscalatedAt));
        Assert.Equal(1L, _floor.View(5).EscalatedTotal);
    }

    [Fact]
    public void Only_a_raised_alert_escalates()
    {
        var alertId = AtRisk();
        _floor.Claim(alertId, "staff-a", 2);
        Assert.Equal(("the alert is claimed", 0), (_floor.Escalate(alertId, 3).Refusal, _floor.Last.Changes.Count));

        _floor.Resolve(alertId, "staff-a", 4);
        Assert.Equal("the alert is resolved", _floor.Escalate(alertId, 5).Refusal);
        Assert.Equal("the alert is unknown", _floor.Escalate($"{_floor.VenueId}:99", 5).Refusal);
        Assert.Equal(0L, _floor.View(5).EscalatedTotal);
    }

    [Fact]
    public void Alerts_escalate_once_their_claim_timeout_has_passed_in_the_order_they_were_raised()
    {
        var timeout = TimeSpan.FromMinutes(2);
        var first = AtRisk();
        var second = _floor.AtRisk(new Guest("cmd-guest-2"), 3);
        var claimed = _floor.AtRisk(new Guest("cmd-guest-3"), 3);
        _floor.Claim(claimed, "staff-a", 4);
        var (firstDue, secondDue) = (VenueModel.FindAlert(_floor.State, first)!.RaisedAt + timeout, VenueModel.FindAlert(_floor.State, second)!.RaisedAt + timeout);
        Assert.Equal(firstDue, VenueModel.NextEscalationDue(_floor.State, timeout));

        Assert.Empty(_floor.EscalateDue(timeout, MinuteOf(firstDue) - 0.01).Changes);
        var escalated = Assert.Single(_floor.EscalateDue(timeout, MinuteOf(firstDue)).Changes.OfType<AlertChanged>());
        Assert.Equal((first, AlertChange.Escalated), (escalated.Alert.AlertId, escalated.Change));
        Assert.Equal(secondDue, VenueModel.NextEscalationDue(_floor.State, timeout));

        escalated = Assert.Single(_floor.EscalateDue(timeout, MinuteOf(secondDue) + 10).Changes.OfType<AlertChanged>());
        Assert.Equal(second, escalated.Alert.AlertId);
        Assert.Null(VenueModel.NextEscalationDue(_floor.State, timeout));
        Assert.Equal((AlertStatus.Claimed, 2L), (VenueModel.FindAlert(_floor.State, claimed)!.Status, _floor.View(20).EscalatedTotal));
    }

    [Fact]
    public void Commands_on_a_closed_expired_or_unknown_alert_are_refused()
    {
        var alertId = AtRisk();
        _floor.Resolve(alertId, "staff-a", 2);
        Assert.Equal("the alert is resolved", _floor.Claim(alertId, "staff-a", 3).Refusal);
        Assert.Equal("the alert is resolved", _floor.Resolve(alertId, "staff-a", 3).Refusal);

        _floor.Touch(_guest, "policy.quoted", 5);
        _floor.Touch(_guest, "promise.missed", 6);
        var second = _floor.AlertOf("cmd-guest").AlertId;
        _floor.Touch(_guest, "visit.end", 7);
        var before = _floor.State;

        Assert.Equal("the alert is unknown", _floor.Claim(second, "staff-a", 8).Refusal);
        Assert.Equal("the alert is unknown", _floor.Resolve("nowhere:1", "staff-a", 8).Refusal);
        Assert.Same(before, _floor.State);
    }
}
