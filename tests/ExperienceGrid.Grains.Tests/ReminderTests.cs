using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>Reminders (in the SQLite reminder table) that fire after their grain was deactivated.</summary>
public sealed class ReminderTests(EagerWritesCluster fx) : IClassFixture<EagerWritesCluster>
{
    [Fact]
    public async Task An_alert_nobody_claims_escalates_after_its_venue_was_deactivated()
    {
        const string venueId = "escalation-venue";
        const string customerId = "escalation-guest";
        var customer = fx.Customer(customerId);
        var venue = fx.Venue(venueId);
        await customer.Record(AtRisk(customerId, venueId, DateTimeOffset.UtcNow.AddMinutes(-1)));
        var alert = Assert.Single(await venue.GetFloorAlerts());
        Assert.Equal(AlertStatus.Raised, alert.Status);

        // Once the venue has written the alert and the customer has taken back its outbox, nothing but the reminder
        // wakes the venue.
        await Eventually.Until(
            () => fx.ReadStoredAsync<VenueGrainState>("venue", venue), s => s?.Venue?.Alerts.ContainsKey(customerId) == true, what: "the venue to write the alert");
        await customer.Wake();
        await fx.DeactivateAsync(venue);
        Assert.Equal(AlertStatus.Raised, (await fx.ReadStoredAsync<VenueGrainState>("venue", venue))!.Venue!.Alerts[customerId].Status);

        var stored = await Eventually.Until(
            () => fx.ReadStoredAsync<VenueGrainState>("venue", venue), s => s!.Venue!.Totals.Escalated > 0, TimeSpan.FromSeconds(30), "the escalation reminder to wake the venue");
        Assert.Equal((AlertStatus.Escalated, 1L), (stored!.Venue!.Alerts[customerId].Status, stored.Venue!.Totals.Escalated));

        var escalated = await venue.GetAlert(alert.AlertId);
        Assert.Equal(AlertStatus.Escalated, escalated!.Status);
        Assert.True(escalated.EscalatedAt >= alert.RaisedAt + fx.Settings.ClaimTimeout);
        Assert.Equal(1, (await venue.GetView()).EscalatedTotal);
    }

    [Fact]
    public async Task A_venues_alerts_share_one_reminder_which_goes_once_no_alert_waits_for_a_claim()
    {
        const string venueId = "shared-reminder-venue";
        var venue = fx.Venue(venueId);
        string[] guests = ["shared-reminder-a", "shared-reminder-b", "shared-reminder-c"];
        foreach (var guest in guests)
        {
            await fx.Customer(guest).Record(AtRisk(guest, venueId, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        var alerts = await venue.GetFloorAlerts();
        Assert.Equal(guests.Length, alerts.Count);
        Assert.Equal(["alerts-due"], await fx.ReadReminderNamesAsync(venue));

        // Claimed before the claim timeout (3 s): the reminder's first tick finds no alert waiting and goes.
        foreach (var alert in alerts)
        {
            Assert.True(await venue.Handle(new AlertCommand(alert.AlertId, AlertCommand.Claim, "staff-a")));
        }

        await Eventually.Until(() => fx.ReadReminderNamesAsync(venue), names => names.Count == 0, TimeSpan.FromSeconds(30), "the alerts' reminder to go");
        Assert.All(await venue.GetFloorAlerts(), a => Assert.Equal(AlertStatus.Claimed, a.Status));
    }

    [Fact]
    public async Task A_guest_waiting_near_misery_is_nudged_after_its_customer_grain_was_deactivated()
    {
        const string venueId = "nudge-venue";
        const string customerId = "nudge-guest";
        var customer = fx.Customer(customerId);
        var venue = fx.Venue(venueId);

        // queue.seated turns to misery at 15 minutes; the demo chain nudges at 0.75 of that: 11¼ minutes after
        // queue.joined, here about 8 seconds from now.
        var joined = DateTimeOffset.UtcNow - TimeSpan.FromMinutes(11.25) + TimeSpan.FromSeconds(8);
        var due = joined + TimeSpan.FromMinutes(11.25);
        await customer.Record(
        [
            Start(customerId, venueId, joined.AddMinutes(-1)),
            Make($"{customerId}-joined", customerId, venueId, "queue.joined", joined),
        ]);
        Assert.Null((await customer.GetView())!.Visit!.Nudge);
        Assert.Empty(await venue.GetFloorNudges());
        await fx.DeactivateAsync(customer);

        var nudges = await Eventually.Until(venue.GetFloorNudges, n => n.Count > 0, TimeSpan.FromSeconds(30), "the advance reminder's nudge");
        var nudge = Assert.Single(nudges);
        Assert.Equal((customerId, "queue.seated", NudgeStatus.Open), (nudge.CustomerId, nudge.Kind, nudge.Status));
        Assert.Equal(joined + TimeSpan.FromMinutes(15), nudge.MiseryAt);
        Assert.InRange(nudge.RaisedAt, due, due.AddSeconds(20));
        Assert.Equal(nudge.NudgeId, (await customer.GetView())!.Visit!.Nudge!.NudgeId);
        var view = await venue.GetView();
        Assert.Equal((1, 1L), (view.OpenNudges, view.NudgesRaised));
    }
}
