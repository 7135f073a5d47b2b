using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Silo.Tests.Apis;

/// <summary><c>GET /api/operations</c> on a real silo: its numbers come from what the silo really did.</summary>
public sealed class OperationsApiTests : IAsyncLifetime
{
    private readonly SiloFactory _silo = new();
    private HttpClient _operator = null!;

    public Task InitializeAsync()
    {
        _operator = _silo.CreateClient();
        _operator.DefaultRequestHeaders.Add("X-Api-Key", SiloFactory.ApiKey);
        var token = _silo.Services.GetRequiredService<TokenIssuer>().Issue(new GridUser("operator", "", GridRoles.Operator, [], []));
        _operator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _operator.Dispose();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task An_idle_silo_answers_itself_active_its_storage_ready_no_events_and_no_push_lag()
    {
        var ops = await Eventually.Until(
            () => _operator.GetFromJsonAsync<JsonElement>("/api/operations"),
            o => o.GetProperty("storage").GetProperty("status").GetString() == "ready",
            what: "the embedded storage ready");

        var silo = Assert.Single(ops.GetProperty("silos").EnumerateArray());
        Assert.Equal("Active", silo.GetProperty("status").GetString());
        Assert.Equal(ops.GetProperty("self").GetString(), silo.GetProperty("address").GetString());
        Assert.Equal("SQLite (embedded)", ops.GetProperty("storage").GetProperty("kind").GetString());
        Assert.Equal(0, ops.GetProperty("eventsPerSecond").GetDouble());
        Assert.Equal(10, ops.GetProperty("rateWindowSeconds").GetInt32());
        Assert.Equal(0, ops.GetProperty("pushLag").GetProperty("samples").GetInt32());
        Assert.Equal(JsonValueKind.Null, ops.GetProperty("pushLag").GetProperty("p50Milliseconds").ValueKind);
        Assert.Equal("/orleans/", ops.GetProperty("orleansDashboard").GetString());
    }

    [Fact]
    public async Task Accepted_touchpoints_count_as_events_per_second_duplicates_do_not_and_a_raised_alert_is_a_push_lag_sample()
    {
        var venue = DemoChain.Config.Venues[2].Id;
        var batch = new JsonArray(Touchpoints.AtRiskVisit("ops-guest", venue));
        Assert.Equal(HttpStatusCode.Accepted, (await _operator.PostAsJsonAsync("/api/touchpoints", batch)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await _operator.PostAsJsonAsync("/api/touchpoints", batch.DeepClone())).StatusCode);

        var ops = await Eventually.Until(
            () => _operator.GetFromJsonAsync<JsonElement>("/api/operations"),
            o => o.GetProperty("pushLag").GetProperty("samples").GetInt32() > 0,
            what: "the raised alert's push timed");

        // Three accepted in the last 10 s (the repeated batch is all duplicates): 0.3 per second.
        Assert.Equal(0.3, ops.GetProperty("eventsPerSecond").GetDouble(), precision: 6);
        var lag = ops.GetProperty("pushLag");
        Assert.InRange(lag.GetProperty("p50Milliseconds").GetDouble(), 0, 10_000);
        Assert.True(lag.GetProperty("p99Milliseconds").GetDouble() >= lag.GetProperty("p50Milliseconds").GetDouble());
        Assert.True(Assert.Single(ops.GetProperty("silos").EnumerateArray()).GetProperty("activations").GetInt32() >= 2, "the guest's and the venue's grains");
    }
}
