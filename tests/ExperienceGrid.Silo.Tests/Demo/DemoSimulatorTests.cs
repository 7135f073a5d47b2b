using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Demo;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Silo.Tests.Demo;

public sealed class DemoSimulatorTests
{
    [Fact]
    public async Task The_demo_brings_guests_and_at_risk_alerts_without_any_client()
    {
        await using var silo = Demo(staffShare: 0);
        using var client = silo.CreateChainManagerClient();

        var alerts = await Eventually.Until(
            () => client.GetFromJsonAsync<JsonElement>("/api/alerts"),
            a => a.GetArrayLength() > 0,
            TimeSpan.FromSeconds(30),
            "the demo to raise an alert");

        var customer = alerts[0].GetProperty("customerId").GetString();
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/customers/{customer}");
        Assert.True(view.GetProperty("touchpointCount").GetInt64() > 0);
    }

    [Fact]
    public async Task Simulated_staff_claim_and_resolve_a_share_of_the_alerts_and_leave_the_rest_to_escalate()
    {
        await using var silo = Demo(staffShare: 0.5);
        using var client = silo.CreateChainManagerClient();
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var venues = DemoChain.Config.Venues.Select(v => grains.GetGrain<IVenueGrain>(v.Id)).ToList();
        var taken = new Dictionary<string, FloorAlert>();
        FloorAlert? resolved = null, leftToPeople = null;

        await Eventually.Until(
            async () =>
            {
                var open = (await Task.WhenAll(venues.Select(v => v.GetFloorAlerts()))).SelectMany(a => a).ToList();
                // Simulated staff claim what they take within about 3 s (at this pace) of seeing it.
                leftToPeople ??= open.FirstOrDefault(a =>
                    a.Status == AlertStatus.Escalated && a.ClaimedBy is null && DateTimeOffset.UtcNow - a.RaisedAt > TimeSpan.FromSeconds(6));
                foreach (var alert in open.Where(a => a.ClaimedBy == DemoStaff.User))
                {
                    taken.TryAdd(alert.AlertId, alert);
                }

                foreach (var id in taken.Keys)
                {
                    var now = await grains.GetGrain<IVenueGrain>(id[..id.LastIndexOf(':')]).GetAlert(id);
                    // Not one the guest's own recovery closed after the claim: staff resolved it.
                    resolved ??= now is { Status: AlertStatus.Resolved, ClaimedBy: DemoStaff.User } && now.Resolution != VenueModel.GuestRecovered ? now : null;
                }

                return (Resolved: resolved, LeftToPeople: leftToPeople);
            },
            found => found.Resolved is not null && found.LeftToPeople is not null,
            TimeSpan.FromSeconds(60),
            "an alert resolved by simulated staff and one escalated that nobody claimed");

        // Resolved with one of its playbook actions, the way the floor page resolves.
        Assert.Contains(resolved!.Resolution, taken[resolved.AlertId].Actions);
        var claimed = await Eventually.Until(
            () => client.GetFromJsonAsync<JsonElement>($"/api/venues/{resolved.VenueId}"),
            v => v.GetProperty("live").GetProperty("averageTimeToClaimSeconds").ValueKind == JsonValueKind.Number,
            what: "the venue to count the claim");
        Assert.True(claimed.GetProperty("live").GetProperty("averageTimeToClaimSeconds").GetDouble() > 0);
    }

    [Fact]
    public async Task A_restarted_demo_ends_the_visits_and_alerts_its_last_run_left_open()
    {
        // A guest of the demo's pool (c-00000…) at risk when the demo stopped, and one of the same venue outside it.
        var data = Path.Combine(Path.GetTempPath(), $"eg-demo-restart-{Guid.NewGuid():N}");
        var venue = DemoChain.Config.Venues[1].Id;
        string? demoAlert;
        try
        {
            await using (var before = new SiloFactory(new() { ["Grid:DataDirectory"] = data }))
            {
                using var client = before.CreateChainManagerClient();
                var touchpoints = new[] { ("c-00003", "dr-1"), ("not-a-demo-guest", "dr-2") }.SelectMany(g => new[]
                {
                    Touchpoints.Make($"{g.Item2}-start", g.Item1, "visit.start", venueId: venue),
                    Touchpoints.Make($"{g.Item2}-no", g.Item1, "staff.said_no", venueId: venue),
                    Touchpoints.Make($"{g.Item2}-complaint", g.Item1, "complaint", venueId: venue),
                });
                (await client.PostAsJsonAsync("/api/touchpoints", touchpoints)).EnsureSuccessStatusCode();
                var alerts = await Eventually.Until(() => client.GetFromJsonAsync<JsonElement>($"/api/alerts?venueId={venue}"), a => a.GetArrayLength() == 2,
                    what: "both guests' alerts");
                demoAlert = alerts.EnumerateArray().Single(a => a.GetProperty("customerId").GetString() == "c-00003").GetProperty("alertId").GetString();
            }

            await using var after = new SiloFactory(new()
            {
                ["Grid:DataDirectory"] = data,
                ["Demo:Enabled"] = "true",
                // Guests c-00000 to c-00003, the first new touchpoint after 100 s: only the restart ends the visit.
                ["Demo:EventsPerSecond"] = "0.01",
                ["Demo:Customers"] = "4",
            });
            using var reader = after.CreateChainManagerClient();

            var left = await Eventually.Until(
                () => reader.GetFromJsonAsync<JsonElement>($"/api/alerts?venueId={venue}"),
                a => a.EnumerateArray().All(x => x.GetProperty("alertId").GetString() != demoAlert),
                TimeSpan.FromSeconds(30),
                "the restarted demo to end its guest's visit");
            Assert.Contains(left.EnumerateArray(), a => a.GetProperty("customerId").GetString() == "not-a-demo-guest");
            var guest = await reader.GetFromJsonAsync<JsonElement>("/api/customers/c-00003");
            Assert.Contains(guest.GetProperty("endedVisits").EnumerateArray(), v => v.GetProperty("venueId").GetString() == venue);
        }
        finally
        {
            TempFolder.Delete(data);
        }
    }

    [Fact]
    public async Task The_demo_credits_its_floor_users_wows_closes_some_care_follow_ups_with_outcomes_and_leaves_others_to_go_overdue()
    {
        await using var silo = new SiloFactory(new()
        {
            ["Demo:Enabled"] = "true",
            ["Demo:EventsPerSecond"] = "200",
            ["Demo:TroubleShare"] = "0.5",
            ["Demo:Pace"] = "0.05",
            ["Chain:FollowUpDue"] = "00:00:05",
            // The test host passes the "Chain" section itself as "--Chain=", which the silo's --chain switch reads as
            // the config path: named again, after it.
            ["Chain:ConfigPath"] = "demo-chain.json",
        });
        using var client = silo.CreateChainManagerClient();
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var venues = DemoChain.Config.Venues.Select(v => grains.GetGrain<IVenueGrain>(v.Id)).ToList();

        // Simulated managers close theirs within 1.5–6 s (at this pace) with an outcome; the others pass their due time.
        await Eventually.Until(
            async () => (
                Closed: (await Task.WhenAll(venues.Select(v => v.GetView()))).Sum(v => v.FollowUpsClosed),
                Overdue: (await Task.WhenAll(venues.Select(v => v.GetOpenFollowUps()))).SelectMany(f => f).Count(f => f.OverdueAt is not null)),
            found => found.Closed > 0 && found.Overdue > 0,
            TimeSpan.FromSeconds(60),
            "care follow-ups closed by simulated managers and others overdue");

        // WOWs on touchpoints the venue's demo floor user served are credited to them (counted once the minute ends);
        // credit goes only to the demo's people (a guest the care team recovered is theirs).
        var credited = await Eventually.Until(
            async () => await Task.WhenAll(DemoChain.Config.Venues.Select(v => client.GetFromJsonAsync<JsonElement>($"/api/venues/{v.Id}/recognitions"))),
            all => all.Any(r => r.GetProperty("people").EnumerateArray().Any(p => p.GetProperty("staffId").GetString() == $"staff.{r.GetProperty("venueId").GetString()}" && p.GetProperty("wows").GetInt32() > 0)),
            TimeSpan.FromSeconds(150),
            "a WOW credited to a venue's demo floor user");
        Assert.All(credited.SelectMany(r => r.GetProperty("people").EnumerateArray()), p =>
            Assert.Contains(p.GetProperty("staffId").GetString(), new[] { DemoStaff.User, DemoManagers.User }.Concat(DemoChain.Config.Venues.Select(v => $"staff.{v.Id}"))));
    }

    /// <summary>Troubled guests only, at twenty times the demo's pace; escalation after 2 s.</summary>
    private static SiloFactory Demo(double staffShare) => new(new()
    {
        ["Demo:Enabled"] = "true",
        ["Demo:EventsPerSecond"] = "100",
        ["Demo:TroubleShare"] = "1",
        ["Demo:Pace"] = "0.05",
        ["Demo:StaffShare"] = staffShare.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Alerts:ClaimTimeout"] = "00:00:02",
    });
}
