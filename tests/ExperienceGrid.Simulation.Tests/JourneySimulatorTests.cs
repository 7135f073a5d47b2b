using System.Text.Json;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Simulation.Tests;

public sealed class JourneySimulatorTests
{
    private static readonly ChainConfig _chain =
        ChainConfigLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-chain.json")));

    private static readonly DateTimeOffset _at = new(2026, 11, 23, 19, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_seed_gives_the_same_touchpoints()
    {
        var first = new JourneySimulator(_chain, new JourneyOptions(), seed: 7, runId: "r").Next(500, _at);
        var second = new JourneySimulator(_chain, new JourneyOptions(), seed: 7, runId: "r").Next(500, _at);
        var other = new JourneySimulator(_chain, new JourneyOptions(), seed: 8, runId: "r").Next(500, _at);

        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
        Assert.NotEqual(JsonSerializer.Serialize(first), JsonSerializer.Serialize(other));
    }

    [Fact]
    public void Touchpoints_name_catalog_kinds_and_chain_venues_with_unique_event_ids()
    {
        var touchpoints = new JourneySimulator(_chain, new JourneyOptions(), seed: 1, runId: "run9").Next(2_000, _at);

        Assert.Equal(2_000, touchpoints.Count);
        Assert.All(touchpoints, t => Assert.True(_chain.TryGetTouchpoint(t.Kind, out _), t.Kind));
        Assert.All(touchpoints, t => Assert.True(_chain.TryGetVenue(t.VenueId, out _), t.VenueId));
        Assert.All(touchpoints, t => Assert.StartsWith("run9-", t.EventId));
        Assert.Equal(touchpoints.Count, touchpoints.Select(t => t.EventId).Distinct().Count());
    }

    [Fact]
    public void With_staff_each_visit_is_served_by_one_of_its_venues_staff_on_the_touchpoints_staff_take_part_in_and_without_nobody_is_named()
    {
        var options = new JourneyOptions { Customers = 30, ConcurrentVisits = 10, Staff = venueId => [$"a.{venueId}", $"b.{venueId}"] };
        var touchpoints = new JourneySimulator(_chain, options, seed: 4, runId: "r").Next(3_000, _at);

        var named = touchpoints.Where(t => t.StaffId is not null).ToList();
        Assert.Contains(named, t => t.Kind == "greeting");
        Assert.DoesNotContain(named, t => t.Kind is "visit.start" or "visit.end" or "queue.wait" or "survey.rating");
        Assert.All(named, t => Assert.Contains(t.StaffId, new[] { $"a.{t.VenueId}", $"b.{t.VenueId}" }));
        Assert.Contains(named, t => t.StaffId!.StartsWith("a.", StringComparison.Ordinal));
        Assert.Contains(named, t => t.StaffId!.StartsWith("b.", StringComparison.Ordinal));
        Assert.Contains(named, t => t.Outcome == MomentKind.Wow);
        // One server a visit: a guest's staff touchpoints between a start and an end name one person.
        var visits = touchpoints.Aggregate((List: new List<HashSet<string>>(), Open: new Dictionary<string, HashSet<string>>()), (acc, t) =>
        {
            if (t.Kind == "visit.start")
            {
                acc.List.Add(acc.Open[t.CustomerId] = []);
            }
            else if (t.StaffId is { } staff && acc.Open.TryGetValue(t.CustomerId, out var served))
            {
                served.Add(staff);
            }

            return acc;
        }).List;
        Assert.All(visits, served => Assert.True(served.Count <= 1, string.Join(", ", served)));

        Assert.All(new JourneySimulator(_chain, new JourneyOptions(), seed: 4, runId: "r").Next(3_000, _at), t => Assert.Null(t.StaffId));
    }

    [Fact]
    public void Each_visit_starts_and_ends_in_one_venue_a_follow_up_comes_after_it_and_a_guest_walks_one_visit_at_a_time()
    {
        var touchpoints = new JourneySimulator(_chain, new JourneyOptions { Customers = 30, ConcurrentVisits = 10 }, seed: 3, runId: "r").Next(3_000, _at);

        Assert.Contains(touchpoints, t => t.Kind == "follow_up.done");
        foreach (var guest in touchpoints.GroupBy(t => t.CustomerId))
        {
            string? venue = null, ended = null;
            foreach (var touchpoint in guest)
            {
                if (touchpoint.Kind == "visit.start")
                {
                    Assert.Null(venue);
                    venue = touchpoint.VenueId;
                }
                else if (touchpoint.Kind == "follow_up.done" && venue is null)
                {
                    // The care team reaches the guest after the visit, for the venue they left, outside any zone.
                    Assert.Equal(ended, touchpoint.VenueId);
                    Assert.Null(touchpoint.Zone);
                    venue = touchpoint.VenueId;
                }
                else
                {
                    Assert.Equal(venue, touchpoint.VenueId);
                }

                if (touchpoint.Kind == "visit.end")
                {
                    (ended, venue) = (venue, null);
                }
            }
        }
    }

    [Fact]
    public void Without_trouble_no_misery_is_sent_and_with_it_every_visit_has_one()
    {
        string[] misery = ["staff.said_no", "policy.quoted", "transfer", "complaint", "promise.missed"];
        bool IsMisery(Touchpoint t) => misery.Contains(t.Kind) || t.Outcome == MomentKind.Misery;
        var calm = new JourneySimulator(_chain, new JourneyOptions { TroubleShare = 0 }, seed: 5, runId: "r").Next(2_000, _at);
        var troubled = new JourneySimulator(_chain, new JourneyOptions { TroubleShare = 1 }, seed: 5, runId: "r").Next(2_000, _at);

        Assert.DoesNotContain(calm, IsMisery);
        var visits = 0;
        foreach (var guest in troubled.GroupBy(t => t.CustomerId))
        {
            // A follow-up after a visit (follow_up.done, visit.end) has no visit.start and is not a visit here.
            var (open, miseries) = (false, 0);
            foreach (var touchpoint in guest)
            {
                (open, miseries) = touchpoint.Kind == "visit.start" ? (true, 0) : (open, miseries + (IsMisery(touchpoint) ? 1 : 0));
                if (touchpoint.Kind == "visit.end" && open)
                {
                    visits++;
                    open = false;
                    Assert.True(miseries > 0, $"the visit that ended at {touchpoint.EventId} had no misery");
                }
            }
        }

        Assert.True(visits > 50, $"{visits} troubled visits");
    }

    [Fact]
    public void Venue_filter_keeps_guests_in_those_venues_and_an_empty_match_is_refused()
    {
        var ids = _chain.Venues.Take(2).Select(v => v.Id).ToList();
        var touchpoints = new JourneySimulator(_chain, new JourneyOptions { VenueIds = ids }, seed: 2, runId: "r").Next(500, _at);

        Assert.All(touchpoints, t => Assert.Contains(t.VenueId, ids));
        Assert.Throws<ArgumentException>(() => new JourneySimulator(_chain, new JourneyOptions { VenueIds = ["none"] }, seed: 2, runId: "r"));
    }
}
