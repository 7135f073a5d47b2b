using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Silo.Tests.Hubs;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Privacy;

/// <summary>
/// <c>DELETE /api/customers/{id}</c>: the privacy role erases a guest everywhere (their alert leaves the floor, their
/// follow-ups the dashboards, the customer is unknown), audited; again is 202; a later event starts a new guest.
/// </summary>
public sealed class ErasureTests : IAsyncLifetime
{
    private readonly FloorTestSilo _silo = FloorTestSilo.Start();
    private static readonly string _venue = FloorTestSilo.VenueId(3);
    private static readonly string _other = FloorTestSilo.VenueId(4);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task A_guest_erased_is_gone_from_every_venue_and_the_erasure_is_audited()
    {
        await using var floor = await _silo.ConnectAsync($"staff.{_venue}");
        await floor.InvokeAsync("JoinVenue", _venue, null);
        await _silo.MakeAtRiskAsync("er-guest", _other);
        await _silo.IngestAsync(Touchpoints.Make("er-guest-end", "er-guest", "visit.end", venueId: _other));
        await _silo.IngestAsync(
            Touchpoints.Make("er-here-no", "er-guest", "staff.said_no", venueId: _venue),
            Touchpoints.Make("er-here-complaint", "er-guest", "complaint", venueId: _venue));
        await floor.WaitForAsync("alertRaised", a => a.GetProperty("customerId").GetString() == "er-guest");
        Assert.Contains(await Read("chain.manager", $"/api/followups?venueId={_other}"), f => f.GetProperty("customerId").GetString() == "er-guest");

        Assert.Equal(HttpStatusCode.Forbidden, (await Send($"staff.{_venue}", HttpMethod.Delete, "/api/customers/er-guest")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send("chain.manager", HttpMethod.Delete, "/api/customers/er-guest")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send("operator", HttpMethod.Delete, "/api/customers/er-guest")).StatusCode);

        using var erased = await Send("privacy.officer", HttpMethod.Delete, "/api/customers/er-guest");
        Assert.Equal(HttpStatusCode.Accepted, erased.StatusCode);
        var record = await erased.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("er-guest", "privacy.officer"), (record.GetProperty("customerId").GetString(), record.GetProperty("by").GetString()));

        await floor.WaitForAsync("alertClosed", a => a.GetProperty("customerId").GetString() == "er-guest");
        Assert.DoesNotContain(await Read($"manager.{_venue}", $"/api/alerts?venueId={_venue}"), a => a.GetProperty("customerId").GetString() == "er-guest");
        Assert.DoesNotContain(await Read("chain.manager", "/api/followups"), f => f.GetProperty("customerId").GetString() == "er-guest");
        Assert.Equal(HttpStatusCode.NotFound, (await Send($"manager.{_venue}", HttpMethod.Get, "/api/customers/er-guest")).StatusCode);
        var venue = (await Read($"manager.{_venue}", $"/api/venues/{_venue}")).Single();
        Assert.Equal(1, venue.GetProperty("live").GetProperty("atRiskTotal").GetInt32());

        Assert.Equal(HttpStatusCode.Accepted, (await Send("privacy.officer", HttpMethod.Delete, "/api/customers/er-guest")).StatusCode);
        var audit = await Read("operator", "/api/erasures");
        Assert.Equal(2, audit.Count(e => e.GetProperty("customerId").GetString() == "er-guest"));

        // The same id again is a new guest: their first touchpoint, applied at the venue that forgot them.
        await _silo.MakeAtRiskAsync("er-guest-2", _venue);
        await _silo.IngestAsync(Touchpoints.Make("er-again", "er-guest", "staff.said_no", venueId: _venue), Touchpoints.Make("er-again-2", "er-guest", "complaint", venueId: _venue));
        var again = await floor.WaitForAsync("alertRaised", a => a.GetProperty("customerId").GetString() == "er-guest");
        Assert.Equal($"{_venue}:", again.GetProperty("alertId").GetString()![..(_venue.Length + 1)]);
        var customer = await Read($"manager.{_venue}", "/api/customers/er-guest");
        Assert.Equal(2, customer.Single().GetProperty("touchpointCount").GetInt32());
    }

    [Theory]
    [InlineData("/api/customers/%20", "customerId")]
    public async Task A_bad_id_is_a_400_naming_it(string path, string field)
    {
        using var response = await Send("privacy.officer", HttpMethod.Delete, path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    private async Task<JsonElement[]> Read(string user, string path)
    {
        using var response = await Send(user, HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.ValueKind == JsonValueKind.Array ? [.. body.EnumerateArray()] : [body];
    }

    private Task<HttpResponseMessage> Send(string user, HttpMethod method, string path) => _silo.SendAsAsync(user, method, path);
}
