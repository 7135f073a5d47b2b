using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Nudges;

/// <summary>
/// The customer grain's "advance" reminder watches a running wait on real time (Orleans reminders do): the wait
/// starts in the past, so its nudge falls due seconds after the test starts.
/// </summary>
public sealed class NudgeTimerTests : IAsyncLifetime
{
    private static readonly string _venue = DemoChain.Config.Venues[0].Id;
    private readonly SiloFactory _silo = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _silo.CreateChainManagerClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task A_guest_left_in_the_queue_is_nudged_at_three_quarters_of_the_misery_line_and_a_prevented_misery_counts_once()
    {
        // queue.seated turns to misery past 15 minutes, so the nudge is due at 11.25: about 15 seconds from now.
        var start = DateTimeOffset.UtcNow.AddMinutes(-11);
        var due = start.AddMinutes(11.25);
        await IngestAsync(
            Touchpoints.Make("q-start", "queued", "visit.start", venueId: _venue, at: start),
            Touchpoints.Make("q-joined", "queued", "queue.joined", venueId: _venue, at: start));
        Assert.Equal(2, await Touchpoints.CountApplied(_client, "queued"));
        Assert.Null(await NudgeAsync());

        var nudge = await Eventually.Until(NudgeAsync, n => n is not null, TimeSpan.FromSeconds(60), "the reminder's nudge");
        Assert.InRange(nudge!.Value.GetProperty("raisedAt").GetDateTimeOffset(), due, due.AddSeconds(20));
        Assert.Equal(start.AddMinutes(15), nudge.Value.GetProperty("miseryAt").GetDateTimeOffset());
        Assert.Equal("queue.seated", nudge.Value.GetProperty("kind").GetString());
        var venue = await Eventually.Until(VenueAsync, v => v.GetProperty("openNudges").GetInt32() == 1);
        Assert.Equal(1, venue.GetProperty("nudgesRaised").GetInt64());

        // Care in time, seated short of misery, then more of the visit (the care event again too): prevented, once.
        var care = Touchpoints.Make("q-care", "queued", "care.offered", venueId: _venue, at: DateTimeOffset.UtcNow);
        await IngestAsync(care, Touchpoints.Make("q-seated", "queued", "queue.seated", value: 13, venueId: _venue, at: DateTimeOffset.UtcNow));
        await IngestAsync(care, Touchpoints.Make("q-order", "queued", "order.taken", value: 2, venueId: _venue, at: DateTimeOffset.UtcNow));
        Assert.Equal(5, await Touchpoints.CountApplied(_client, "queued"));
        Assert.Null(await NudgeAsync());
        await IngestAsync(Touchpoints.Make("q-end", "queued", "visit.end", venueId: _venue, at: DateTimeOffset.UtcNow));

        venue = await Eventually.Until(VenueAsync, v => v.GetProperty("nudgesClosed").GetInt64() >= 1 && v.GetProperty("currentVisitors").GetInt32() == 0);
        Assert.Equal(1, venue.GetProperty("miseriesPrevented").GetInt64());
        Assert.Equal(1, venue.GetProperty("nudgesClosed").GetInt64());
        Assert.Equal(1, venue.GetProperty("nudgesRaised").GetInt64());
        Assert.Equal(0, venue.GetProperty("openNudges").GetInt32());
        Assert.Equal(1.0, venue.GetProperty("preventionRate").GetDouble());
    }

    [Fact]
    public async Task An_event_time_more_than_five_minutes_ahead_of_the_grid_clock_is_refused_by_field()
    {
        using var response = await _client.PostAsJsonAsync("/api/touchpoints", new[]
        {
            Touchpoints.Make("ahead-ok", "ahead", "greeting", venueId: _venue, at: DateTimeOffset.UtcNow.AddMinutes(4)),
            Touchpoints.Make("ahead-bad", "ahead", "greeting", venueId: _venue, at: DateTimeOffset.UtcNow.AddMinutes(6)),
        });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("[1].at", Assert.Single(problem.GetProperty("errors").EnumerateObject()).Name);
        Assert.Equal(0, await Touchpoints.CountApplied(_client, "ahead"));
    }

    private async Task IngestAsync(params System.Text.Json.Nodes.JsonObject[] touchpoints)
    {
        using var response = await _client.PostAsJsonAsync("/api/touchpoints", touchpoints);
        response.EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> VenueAsync() =>
        (await _client.GetFromJsonAsync<JsonElement>($"/api/venues/{_venue}")).GetProperty("live");

    private async Task<JsonElement?> NudgeAsync()
    {
        var customer = await _client.GetFromJsonAsync<JsonElement>("/api/customers/queued");
        return customer.GetProperty("visit").GetProperty("nudge") is { ValueKind: JsonValueKind.Object } nudge ? nudge : null;
    }
}
