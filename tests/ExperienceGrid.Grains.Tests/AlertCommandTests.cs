using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>
/// Claim and resolve through <see cref="IVenueGrain.Handle"/>, with venues that otherwise write once a minute: storage
/// holds a command's change as soon as it answers only if the command wrote it.
/// </summary>
public sealed class AlertCommandTests(LazyVenueWritesCluster fx) : IClassFixture<LazyVenueWritesCluster>
{
    [Fact]
    public async Task Claim_and_resolve_are_written_before_they_answer_and_the_recovery_is_recorded_on_the_guest_once()
    {
        const string venueId = "commands-venue";
        var (customer, customerId, venue) = await fx.OnDifferentSilosAsync("commands", venueId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-3);
        await customer.Record(AtRisk(customerId, venueId, at));
        var alert = Assert.Single(await venue.GetFloorAlerts());
        Assert.Null(await fx.ReadStoredAsync<VenueGrainState>("venue", venue));

        Assert.True(await venue.Handle(new AlertCommand(alert.AlertId, AlertCommand.Claim, "staff-a")));
        Assert.Equal(AlertStatus.Claimed, (await fx.ReadStoredAsync<VenueGrainState>("venue", venue))!.Venue!.Alerts[customerId].Status);
        await fx.DeactivateAsync(venue);
        var claimed = await venue.GetAlert(alert.AlertId);
        Assert.Equal((AlertStatus.Claimed, "staff-a"), (claimed!.Status, claimed.ClaimedBy));

        // The guest applies the resolution's recovery touchpoints, but the venue never hears it did.
        var before = (await customer.GetView())!.TouchpointCount;
        var recoveryPrefix = $"resolve:{alert.AlertId}:";
        fx.Records.LoseNextAnswer(customerId, recoveryPrefix);
        const string action = "apologised and comped dessert";
        Assert.True(await venue.Handle(new AlertCommand(alert.AlertId, AlertCommand.Resolve, "staff-a", action)));
        Assert.Equal(AlertStatus.Resolved, (await fx.ReadStoredAsync<VenueGrainState>("venue", venue))!.Venue!.Alerts[customerId].Status);
        await fx.DeactivateAsync(venue);
        var resolved = await venue.GetAlert(alert.AlertId);
        Assert.Equal((AlertStatus.Resolved, action), (resolved!.Status, resolved.Resolution));
        Assert.Empty(await venue.GetFloorAlerts());
        var view = await venue.GetView();
        Assert.Equal((0, 1L), (view.OpenAlerts, view.AtRiskTotal));
        Assert.NotNull(view.AverageTimeToClaimSeconds);

        // One recovery touchpoint per unrecovered misery (two); the venue keeps them to hand over again.
        const int recoveries = 2;
        var firstRecovery = $"{recoveryPrefix}1";
        var handOvers = await Eventually.Until(
            () => Task.FromResult(fx.Records.CallsCarrying(customerId, firstRecovery)), c => c.Count >= 1, what: "the recoveries handed over");
        Assert.Equal(new RecordResult(recoveries, 0), handOvers[0].Result);
        await Eventually.Until(
            () => fx.ReadStoredAsync<VenueGrainState>("venue", venue), s => s!.PendingRecoveries.Count == recoveries, what: "the venue to keep the recoveries");

        // Another guest's claim makes the venue write, and hand the recoveries over again: all duplicates.
        const string otherId = "commands-other";
        await fx.Customer(otherId).Record(AtRisk(otherId, venueId, at.AddSeconds(30)));
        var otherAlert = Assert.Single(await venue.GetFloorAlerts());
        Assert.True(await venue.Handle(new AlertCommand(otherAlert.AlertId, AlertCommand.Claim, "staff-b")));
        handOvers = await Eventually.Until(
            () => Task.FromResult(fx.Records.CallsCarrying(customerId, firstRecovery)), c => c.Count >= 2, what: "the recoveries handed over again");
        Assert.Equal(new RecordResult(0, recoveries), handOvers[1].Result);

        await customer.Wake();
        var guest = await customer.GetView();
        Assert.Equal(before + recoveries, guest!.TouchpointCount);
        Assert.Equal(recoveries, guest.Visit!.Moments.Count(m => m.Kind == "apology"));
        var expected = Counts(guest).Plus(Counts(await fx.Customer(otherId).GetView()));
        Assert.Equal(expected, (await Eventually.Until(venue.GetView, v => v.LastHour == expected, what: $"venue counts {expected}")).LastHour);
    }
}
