using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Apis;

public sealed class ReadApisTests : IAsyncLifetime
{
    private readonly SiloFactory _silo = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _silo.CreateChainManagerClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Health_is_200_once_the_grid_is_ready()
    {
        var response = await Eventually.Until(() => _client.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK);

        Assert.Equal("ready", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_customer_and_venue_are_404_and_an_unknown_alert_filter_is_400()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/customers/nobody")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/venues/nowhere")).StatusCode);
        var alerts = await _client.GetAsync("/api/alerts?venueId=nowhere");
        Assert.Equal(HttpStatusCode.BadRequest, alerts.StatusCode);
        Assert.True((await alerts.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("venueId", out _));
    }

    [Fact]
    public async Task Venues_lists_every_venue_of_the_chain()
    {
        var venues = await _client.GetFromJsonAsync<JsonElement>("/api/venues");

        Assert.Equal(DemoChain.Config.Venues.Count, venues.GetArrayLength());
        Assert.Contains(venues.EnumerateArray(), v => v.GetProperty("venueId").GetString() == DemoChain.Config.Venues[^1].Id);
    }

    [Fact]
    public async Task Repeated_misery_puts_the_guest_at_risk_and_raises_a_venue_alert_until_the_visit_ends()
    {
        var venue = DemoChain.Config.Venues[1].Id;
        var batch = new JsonArray(
            Touchpoints.Make("risk-1", "cust-risk", "visit.start", venueId: venue),
            Touchpoints.Make("risk-2", "cust-risk", "staff.said_no", venueId: venue),
            Touchpoints.Make("risk-3", "cust-risk", "complaint", venueId: venue));
        Assert.Equal(HttpStatusCode.Accepted, (await _client.PostAsJsonAsync("/api/touchpoints", batch)).StatusCode);

        var alerts = await Eventually.Until(
            () => _client.GetFromJsonAsync<JsonElement>($"/api/alerts?venueId={venue}"),
            a => a.GetArrayLength() == 1,
            what: "an alert for the at-risk guest");
        var alert = alerts[0];
        Assert.Equal("cust-risk", alert.GetProperty("customerId").GetString());
        Assert.NotEmpty(alert.GetProperty("reasons").EnumerateArray());
        Assert.NotEmpty(alert.GetProperty("actions").EnumerateArray());

        var customer = await _client.GetFromJsonAsync<JsonElement>("/api/customers/cust-risk");
        var visit = customer.GetProperty("visit");
        Assert.True(visit.GetProperty("atRisk").GetBoolean());
        Assert.Equal(venue, visit.GetProperty("venueId").GetString());
        Assert.Equal(3, customer.GetProperty("touchpointCount").GetInt64());

        var live = (await _client.GetFromJsonAsync<JsonElement>($"/api/venues/{venue}")).GetProperty("live");
        Assert.Equal(1, live.GetProperty("openAlerts").GetInt32());
        Assert.Equal(1, live.GetProperty("currentVisitors").GetInt32());
        Assert.True(live.GetProperty("lastHour").GetProperty("misery").GetInt64() >= 2);

        await _client.PostAsJsonAsync("/api/touchpoints", Touchpoints.Make("risk-4", "cust-risk", "visit.end", venueId: venue));
        await Eventually.Until(
            () => _client.GetFromJsonAsync<JsonElement>($"/api/venues/{venue}"),
            v => v.GetProperty("live").GetProperty("openAlerts").GetInt32() == 0 && v.GetProperty("live").GetProperty("currentVisitors").GetInt32() == 0,
            what: "the alert to close with the visit");
    }
}
