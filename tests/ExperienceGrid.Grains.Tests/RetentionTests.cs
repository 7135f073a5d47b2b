using ExperienceGrid.Contracts;
using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using ExperienceGrid.Silo.Privacy;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>
/// Retention (Privacy:RetainInactiveGuests, 400 days by default): guests in day buckets, and the sweep that erases
/// those not seen for longer. Touchpoints of over 400 days ago make a guest inactive under the real clock. Every test
/// may sweep the others' days too, so each asserts only about its own guests.
/// </summary>
public sealed class RetentionTests(RetentionCluster fx) : IClassFixture<RetentionCluster>
{
    private const string VenueId = "ember-london-soho";

    // Long enough ago that the whole day has left retention (400 days) at any hour of today.
    private static readonly DateTimeOffset _inactiveAt = DateTimeOffset.UtcNow.AddDays(-403);

    private IRetentionSweepGrain Sweep => fx.Grains.GetGrain<IRetentionSweepGrain>(IRetentionSweepGrain.Key);

    private IGuestDayGrain Bucket(DateTimeOffset at, string customerId) => fx.Grains.GetGrain<IGuestDayGrain>(GuestDays.KeyOf(GuestDays.DayOf(at), customerId));

    [Fact]
    public async Task A_guest_joins_the_bucket_of_its_latest_day_once_a_day()
    {
        const string customerId = "ret-daily";
        var day1 = new DateTimeOffset(GuestDays.DayOf(_inactiveAt).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var day2 = day1.AddDays(1);
        var customer = fx.Customer(customerId);

        await customer.Record([Start(customerId, VenueId, day1), .. Pleasant(customerId, VenueId, "a", day1.AddMinutes(1))]);
        await customer.Record(Pleasant(customerId, VenueId, "b", day1.AddHours(5)));
        await fx.DeactivateAsync(customer);
        await customer.Record(Pleasant(customerId, VenueId, "c", day1.AddHours(9)));

        var first = Bucket(day1, customerId);
        Assert.Equal(1, fx.Calls.Count(nameof(IGuestDayGrain.Add), first.GetPrimaryKeyString()));
        Assert.Equal([customerId], await first.List());
        Assert.Contains(GuestDays.DayOf(day1), await Sweep.GetDays());
        Assert.Equal(GuestDays.DayOf(day1), (await fx.ReadStoredAsync<CustomerGrainState>("customer", customer))!.LastSeenDay);

        // A later day: the next bucket, once. A late touchpoint of an earlier day changes nothing.
        await customer.Record(Pleasant(customerId, VenueId, "d", day2));
        await customer.Record(Pleasant(customerId, VenueId, "e", day2.AddHours(1)));
        await customer.Record(Pleasant(customerId, VenueId, "f", day1.AddHours(10)));

        var second = Bucket(day2, customerId);
        Assert.Equal(1, fx.Calls.Count(nameof(IGuestDayGrain.Add), second.GetPrimaryKeyString()));
        Assert.Equal(1, fx.Calls.Count(nameof(IGuestDayGrain.Add), first.GetPrimaryKeyString()));
        Assert.Equal([customerId], await second.List());
        Assert.Equal(GuestDays.DayOf(day2), (await fx.ReadStoredAsync<CustomerGrainState>("customer", customer))!.LastSeenDay);
    }

    [Fact]
    public async Task Guests_added_to_a_bucket_while_it_writes_share_its_next_write()
    {
        // A day of its own, far back: no guest of another test is in this bucket.
        var day = new DateOnly(2001, 2, 3);
        var bucket = fx.Grains.GetGrain<IGuestDayGrain>(GuestDays.KeyOf(day, 5));
        var customerIds = Enumerable.Range(0, 200).Select(i => $"ret-burst-{i}").ToList();

        // The bucket's first write tells the sweep its day first: held, so every other guest arrives while it is in flight.
        var release = new TaskCompletionSource();
        fx.Calls.HoldNext(nameof(IRetentionSweepGrain.AddDay), IRetentionSweepGrain.Key, release.Task);
        var adds = Task.WhenAll(customerIds.Select(bucket.Add));
        await Eventually.True(() => fx.Calls.Count(nameof(IGuestDayGrain.Add), bucket.GetPrimaryKeyString()) == customerIds.Count, "every guest's Add to reach the bucket");
        Assert.False(adds.IsCompleted);
        release.SetResult();
        await adds;

        Assert.InRange(await fx.CountStoredWritesAsync<GuestDayGrainState>("guest-day", bucket), 1, 2);
        Assert.Equal(customerIds.Order(), (await fx.ReadStoredAsync<GuestDayGrainState>("guest-day", bucket))!.CustomerIds.Order());
        Assert.Contains(day, await Sweep.GetDays());

        // A guest already stored costs no write.
        var writes = await fx.CountStoredWritesAsync<GuestDayGrainState>("guest-day", bucket);
        await bucket.Add(customerIds[7]);
        Assert.Equal(writes, await fx.CountStoredWritesAsync<GuestDayGrainState>("guest-day", bucket));
    }

    [Fact]
    public async Task The_sweep_erases_a_guest_inactive_past_retention_and_keeps_one_seen_since()
    {
        const string inactiveId = "ret-inactive";
        const string returnedId = "ret-returned";
        var inactive = fx.Customer(inactiveId);
        var returned = fx.Customer(returnedId);
        await inactive.Record(AtRisk(inactiveId, VenueId, _inactiveAt));
        await returned.Record(AtRisk(returnedId, VenueId, _inactiveAt));
        await returned.Record(Pleasant(returnedId, VenueId, "back", DateTimeOffset.UtcNow.AddDays(-1)));
        Assert.NotNull(await inactive.GetView());

        await Sweep.Sweep();

        Assert.Null(await inactive.GetView());
        var stored = await fx.ReadStoredAsync<CustomerGrainState>("customer", inactive);
        Assert.Equal((null, null, null), (stored?.Customer, stored?.DisplayName, stored?.LastSeenDay));
        Assert.Null(await fx.ReadReminderAsync(inactive, "tick"));
        Assert.False((await fx.ReadStoredAsync<VenueGrainState>("venue", fx.Venue(VenueId)))?.Venue?.Deliveries.ContainsKey(inactiveId) ?? false);
        Assert.Equal(6, (await returned.GetView())!.TouchpointCount);

        var audit = await fx.Grains.GetGrain<IErasureLogGrain>(IErasureLogGrain.Key).List();
        Assert.Equal(GuestErasure.Retention, Assert.Single(audit, e => e.CustomerId == inactiveId).By);
        Assert.DoesNotContain(audit, e => e.CustomerId == returnedId);

        // The swept day is done: its buckets are deleted and the sweep no longer keeps it.
        var day = GuestDays.DayOf(_inactiveAt);
        Assert.Null(await fx.ReadStoredAsync<GuestDayGrainState>("guest-day", Bucket(_inactiveAt, inactiveId)));
        Assert.Null(await fx.ReadStoredAsync<GuestDayGrainState>("guest-day", Bucket(_inactiveAt, returnedId)));
        Assert.DoesNotContain(day, await Sweep.GetDays());
        Assert.Contains(GuestDays.DayOf(DateTimeOffset.UtcNow.AddDays(-1)), await Sweep.GetDays());

        // Sweeping again changes nothing.
        await Sweep.Sweep();
        Assert.Single(await fx.Grains.GetGrain<IErasureLogGrain>(IErasureLogGrain.Key).List(), e => e.CustomerId == inactiveId);
        Assert.NotNull(await returned.GetView());
    }

    [Fact]
    public async Task A_sweep_cut_short_erases_each_guest_once_when_run_again()
    {
        // Three guests of one old day of their own, in the same bucket.
        var at = _inactiveAt.AddDays(-20);
        var customerIds = Enumerable.Range(0, 400).Select(i => $"ret-cut-{i}").GroupBy(id => GuestDays.ShardOf(id)).First(g => g.Count() >= 3).Take(3).ToList();
        foreach (var customerId in customerIds)
        {
            await fx.Customer(customerId).Record(AtRisk(customerId, VenueId, at));
        }

        // The sweep dies after erasing the guests, before their bucket is trimmed.
        var bucket = Bucket(at, customerIds[0]);
        fx.Calls.FailNext(nameof(IGuestDayGrain.Remove), bucket.GetPrimaryKeyString());
        await Assert.ThrowsAnyAsync<Exception>(() => Sweep.Sweep());
        foreach (var customerId in customerIds)
        {
            Assert.Null(await fx.Customer(customerId).GetView());
        }

        Assert.Equal(customerIds.Order(), (await bucket.List()).Order());
        Assert.Contains(GuestDays.DayOf(at), await Sweep.GetDays());

        await Sweep.Sweep();

        var audit = await fx.Grains.GetGrain<IErasureLogGrain>(IErasureLogGrain.Key).List();
        Assert.All(customerIds, id => Assert.Equal(GuestErasure.Retention, Assert.Single(audit, e => e.CustomerId == id).By));
        Assert.Empty(await bucket.List());
        Assert.DoesNotContain(GuestDays.DayOf(at), await Sweep.GetDays());
    }

    [Fact]
    public async Task A_guest_added_to_a_day_while_it_is_swept_is_erased_by_the_next_sweep()
    {
        // A day of its own; the late guest's shard comes before the first guest's, so its bucket is swept (empty) first.
        var at = _inactiveAt.AddDays(-40);
        var day = GuestDays.DayOf(at);
        var customerIds = Enumerable.Range(0, 400).Select(i => $"ret-late-{i}").ToList();
        var first = customerIds.First(id => GuestDays.ShardOf(id) > 0);
        var late = customerIds.First(id => GuestDays.ShardOf(id) < GuestDays.ShardOf(first));
        await fx.Customer(first).Record(AtRisk(first, VenueId, at));

        // The sweep has erased the first guest and waits to trim its bucket when the late guest comes.
        var bucket = Bucket(at, first).GetPrimaryKeyString();
        var release = new TaskCompletionSource();
        fx.Calls.HoldNext(nameof(IGuestDayGrain.Remove), bucket, release.Task);
        var sweeping = Sweep.Sweep();
        await Eventually.True(() => fx.Calls.Count(nameof(IGuestDayGrain.Remove), bucket) == 1, "the sweep to trim the first guest's bucket");
        await fx.Customer(late).Record(AtRisk(late, VenueId, at));
        release.SetResult();
        await sweeping;

        Assert.Null(await fx.Customer(first).GetView());
        Assert.Contains(day, await Sweep.GetDays());

        await Sweep.Sweep();

        Assert.Null(await fx.Customer(late).GetView());
        Assert.DoesNotContain(day, await Sweep.GetDays());
    }
}
