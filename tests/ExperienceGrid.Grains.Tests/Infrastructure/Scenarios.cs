using ExperienceGrid.Contracts;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>Test bodies run against more than one cluster configuration.</summary>
public static class Scenarios
{
    /// <summary>
    /// Records three batches with the customer deactivated between them (its reactivation delivers its outbox again)
    /// and checks the venue counts every moment once.
    /// </summary>
    public static async Task CustomerDeactivationCountsEachMomentOnceAsync(GridCluster fx, string prefix)
    {
        var venueId = $"{prefix}-venue";
        var (customer, customerId, venue) = await fx.OnDifferentSilosAsync(prefix, venueId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-3);

        Assert.Equal(new RecordResult(4, 0), await customer.Record([Start(customerId, venueId, at), .. Pleasant(customerId, venueId, "a", at.AddSeconds(1))]));
        await fx.DeactivateAsync(customer);
        Assert.Equal(new RecordResult(2, 0), await customer.Record(Miseries(customerId, venueId, "b", at.AddSeconds(20))));
        await fx.DeactivateAsync(customer);
        Assert.Equal(new RecordResult(3, 0), await customer.Record(Pleasant(customerId, venueId, "c", at.AddSeconds(40))));

        var guest = await customer.GetView();
        Assert.Equal(9, guest!.TouchpointCount);
        var expected = Counts(guest);
        Assert.Equal(8, expected.Volume);
        Assert.Equal(2, expected.Misery);

        var view = await Eventually.Until(venue.GetView, v => v.LastHour == expected, what: $"venue counts {expected}");
        Assert.Equal(1, view.CurrentVisitors);
        Assert.Equal(1, view.AtRiskTotal);

        // Delivering again (and a further reactivation) changes nothing.
        await fx.DeactivateAsync(customer);
        await customer.Wake();
        await customer.Wake();
        Assert.Equal(expected, (await venue.GetView()).LastHour);
    }
}
