using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Silo.Tests.Hubs;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Tests.Nudges;

public sealed class FloorNudgeTests : IAsyncLifetime
{
    private readonly FloorTestSilo _silo = FloorTestSilo.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task A_nudge_reaches_its_venues_floor_only_and_care_offered_through_the_hub_answers_it()
    {
        var (here, there) = (FloorTestSilo.VenueId(6), FloorTestSilo.VenueId(7));
        await using var staff = await _silo.ConnectAsync($"staff.{here}");
        await using var elsewhere = await _silo.ConnectAsync($"staff.{there}");
        await staff.InvokeAsync("JoinVenue", here, null);
        await elsewhere.InvokeAsync("JoinVenue", there, null);

        // Five minutes into a queue whose misery line is six: past three quarters of it.
        await _silo.IngestAsync(Touchpoints.Make("nq-wait", "nudged", "queue.wait", value: 5, venueId: here));
        var raised = await staff.WaitForAsync("nudgeRaised", n => n.GetProperty("customerId").GetString() == "nudged");
        Assert.Equal("open", raised.GetProperty("status").GetString());
        Assert.NotEmpty(raised.GetProperty("offers").EnumerateArray());
        var listed = await staff.InvokeAsync("VenueNudges", here, null);
        Assert.Equal(raised.GetProperty("nudgeId").GetString(), Assert.Single(listed.EnumerateArray()).GetProperty("nudgeId").GetString());

        var refused = await Assert.ThrowsAsync<HubException>(() => elsewhere.InvokeAsync("OfferCare", here, raised.GetProperty("nudgeId").GetString(), "A drink"));
        Assert.Contains("may not act", refused.Message);
        var blank = await Assert.ThrowsAsync<HubException>(() => staff.InvokeAsync("OfferCare", here, raised.GetProperty("nudgeId").GetString(), " "));
        Assert.Contains("offer is required", blank.Message);

        var offer = raised.GetProperty("offers")[0].GetString();
        await staff.InvokeAsync("OfferCare", here, raised.GetProperty("nudgeId").GetString(), offer);
        var answered = await staff.WaitForAsync("nudgeClosed", n => n.GetProperty("customerId").GetString() == "nudged");
        Assert.Equal("answered", answered.GetProperty("status").GetString());
        Assert.Empty((await staff.InvokeAsync("VenueNudges", here, null)).EnumerateArray());

        var customer = await _silo.Ingest.GetFromJsonAsync<JsonElement>("/api/customers/nudged");
        var care = customer.GetProperty("visit").GetProperty("moments").EnumerateArray().Last();
        Assert.Equal("care.offered", care.GetProperty("kind").GetString());

        // The visit ends without the wait turning to misery: one misery prevented at this venue.
        await _silo.IngestAsync(Touchpoints.Make("nq-end", "nudged", "visit.end", venueId: here));
        var venue = await Eventually.Until(
            async () => (await _silo.Ingest.GetFromJsonAsync<JsonElement>($"/api/venues/{here}")).GetProperty("live"),
            v => v.GetProperty("nudgesClosed").GetInt64() == 1);
        Assert.Equal(1, venue.GetProperty("miseriesPrevented").GetInt64());
        Assert.Empty(elsewhere.Received("nudgeRaised"));
    }
}
