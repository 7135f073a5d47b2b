using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Silo.Tests.Hubs;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Apis;

public sealed class FollowUpsApiTests : IAsyncLifetime
{
    private readonly FloorTestSilo _silo = FloorTestSilo.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task A_follow_up_is_listed_in_scope_pushed_live_and_marked_done_by_a_manager_of_its_venue()
    {
        var venue = DemoChain.Config.Venues[2];
        var elsewhere = DemoChain.Config.Venues.First(v => v.RegionId != venue.RegionId).Id;
        await using var dashboard = await _silo.ConnectAsync("chain.manager", "/hubs/dashboard");
        await using var otherRegion = await _silo.ConnectAsync($"manager.{elsewhere}", "/hubs/dashboard");
        await _silo.MakeAtRiskAsync("fu-api", venue.Id);
        await _silo.IngestAsync(Touchpoints.Make("fu-api-end", "fu-api", "visit.end", venueId: venue.Id));

        var pushed = await dashboard.WaitForAsync("followUpTask", f => f.GetProperty("customerId").GetString() == "fu-api");
        Assert.Equal("followUp", pushed.GetProperty("kind").GetString());
        var id = pushed.GetProperty("id").GetString()!;

        var listed = await Get($"manager.{venue.Id}", $"/api/followups?venueId={venue.Id}");
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var open = Assert.Single(await listed.Content.ReadFromJsonAsync<JsonElement[]>() ?? []);
        Assert.Equal(id, open.GetProperty("id").GetString());
        Assert.Equal(["staff.said_no", "complaint"], open.GetProperty("unrecovered").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains(await Open("chain.manager", ""), f => f.GetProperty("id").GetString() == id);
        Assert.DoesNotContain(await Open($"manager.{elsewhere}", ""), f => f.GetProperty("id").GetString() == id);

        using var anonymous = _silo.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/followups")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Get("operator", "/api/followups")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Get($"manager.{elsewhere}", $"/api/followups?venueId={venue.Id}")).StatusCode);
        var unknown = await Get("chain.manager", "/api/followups?venueId=no-such-venue");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("venueId", out _));

        // Staff see it but do not close it; nor does a manager of another venue.
        Assert.Single(await Open($"staff.{venue.Id}", $"?venueId={venue.Id}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Post($"staff.{venue.Id}", $"/api/followups/{id}/done")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post($"manager.{elsewhere}", $"/api/followups/{id}/done")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post("chain.manager", "/api/followups/no-such-venue:1/done")).StatusCode);

        // A care follow-up is done with its outcome, named in the 400 when it is missing.
        var missing = await Post($"manager.{venue.Id}", $"/api/followups/{id}/done");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("outcome", out _));
        Assert.Equal(
            open.GetProperty("at").GetDateTimeOffset() + DemoChain.Config.Insights.FollowUpDue,
            open.GetProperty("due").GetDateTimeOffset());

        var done = await Post($"manager.{venue.Id}", $"/api/followups/{id}/done", new { outcome = "unhappy" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var marked = await done.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(($"manager.{venue.Id}", "unhappy"), (marked.GetProperty("doneBy").GetString(), marked.GetProperty("outcome").GetString()));
        await dashboard.WaitForAsync("followUpDone", f => f.GetProperty("id").GetString() == id);
        Assert.Empty(await Open("chain.manager", $"?venueId={venue.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await Post("chain.manager", $"/api/followups/{id}/done")).StatusCode);

        // Pushes reach the dashboards that see the venue only.
        Assert.DoesNotContain(otherRegion.Received("followUpTask"), f => f.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task A_follow_up_closed_reached_and_recovered_is_a_recovery_touchpoint_on_the_guest()
    {
        var venue = DemoChain.Config.Venues[3].Id;
        await _silo.MakeAtRiskAsync("fu-recovered", venue);
        await _silo.IngestAsync(Touchpoints.Make("fu-recovered-end", "fu-recovered", "visit.end", venueId: venue));
        var open = await Eventually.Until(() => Open($"manager.{venue}", $"?venueId={venue}"),
            list => list.Any(f => f.GetProperty("customerId").GetString() == "fu-recovered"), what: "the care follow-up");
        var before = await _silo.Ingest.GetFromJsonAsync<JsonElement>("/api/customers/fu-recovered");

        using var done = await Post($"manager.{venue}", $"/api/followups/{open[0].GetProperty("id").GetString()}/done", new { outcome = "recovered" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var doneAt = (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("doneAt").GetDateTimeOffset();

        // The follow-up touchpoint and the end of the call-back visit it opens, at the time it was done; a WOW, so
        // loyalty moves.
        var after = await Eventually.Until(() => _silo.Ingest.GetFromJsonAsync<JsonElement>("/api/customers/fu-recovered"),
            c => c.GetProperty("touchpointCount").GetInt64() == before.GetProperty("touchpointCount").GetInt64() + 2, what: "the follow-up on the guest");
        var ended = Assert.Single(after.GetProperty("endedVisits").EnumerateArray());
        Assert.Equal((venue, doneAt), (ended.GetProperty("venueId").GetString(), ended.GetProperty("endedAt").GetDateTimeOffset()));
        Assert.True(after.GetProperty("loyalty").GetProperty("score").GetDouble() > before.GetProperty("loyalty").GetProperty("score").GetDouble());
    }

    private async Task<JsonElement[]> Open(string user, string query)
    {
        using var response = await Get(user, $"/api/followups{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement[]>() ?? [];
    }

    private Task<HttpResponseMessage> Get(string user, string path) => _silo.SendAsAsync(user, HttpMethod.Get, path);

    private Task<HttpResponseMessage> Post(string user, string path, object? body = null) => _silo.SendAsAsync(user, HttpMethod.Post, path, body);
}
