using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>
/// An escalation is a change no customer delivers again: it must be durable before its reminder goes, or a crash
/// before the venue's next write leaves the alert "raised" with nothing left to escalate it.
/// </summary>
public sealed class EscalationDurabilityTests(SiloLossCluster fx) : IClassFixture<SiloLossCluster>
{
    [Fact]
    public async Task An_escalation_survives_the_venues_silo_dying_before_the_next_write()
    {
        const string venueId = "escalation-crash-venue";
        const string customerId = "escalation-crash-guest";
        const string witnessId = "escalation-crash-witness";
        var venue = fx.Venue(venueId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-1);
        await fx.Customer(customerId).Record(AtRisk(customerId, venueId, at));
        var alert = Assert.Single(await venue.GetFloorAlerts());

        // A claim of another guest's alert writes the venue while the first alert is still raised.
        await fx.Customer(witnessId).Record(AtRisk(witnessId, venueId, at));
        var witnessAlert = (await venue.GetFloorAlerts()).Single(a => a.CustomerId == witnessId);
        Assert.True(await venue.Handle(new AlertCommand(witnessAlert.AlertId, AlertCommand.Claim, "staff-a")));
        Assert.Equal(AlertStatus.Raised, (await fx.ReadStoredAsync<VenueGrainState>("venue", venue))!.Venue!.Alerts[customerId].Status);

        // The reminder escalates; the venue's silo dies before the venue writes again (within the minute).
        await Eventually.Until(() => venue.GetAlert(alert.AlertId), a => a!.Status == AlertStatus.Escalated, what: "the escalation");
        await fx.Cluster.KillSiloAsync(fx.Cluster.Silos.Single(s => s.SiloAddress == fx.SiloOf(venue)));

        var stored = (await fx.ReadStoredAsync<VenueGrainState>("venue", venue))!;
        var reminder = await fx.ReadReminderAsync(venue, "alerts-due");
        Assert.True(
            stored.Venue!.Alerts[customerId].Status == AlertStatus.Escalated || reminder is not null,
            $"storage holds the alert {stored.Venue!.Alerts[customerId].Status} (EscalatedTotal {stored.Venue!.Totals.Escalated}) and its reminder is gone: it never escalates");
    }
}
