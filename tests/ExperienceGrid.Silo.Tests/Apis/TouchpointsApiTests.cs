using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Apis;

public sealed class TouchpointsApiTests : IAsyncLifetime
{
    private readonly SiloFactory _silo = new(new() { ["Ingestion:MaxBodyBytes"] = "20000", ["Ingestion:MaxBatchSize"] = "50" });
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _silo.CreateChainManagerClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task A_single_object_is_accepted_and_applied_once()
    {
        var response = await _client.PostAsJsonAsync("/api/touchpoints", Touchpoints.Make("single-1", "cust-single"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        await Eventually.Until(() => Touchpoints.CountApplied(_client, "cust-single"), n => n == 1);
    }

    [Fact]
    public async Task A_repeated_event_id_is_a_duplicate_and_not_applied_again()
    {
        await _client.PostAsJsonAsync("/api/touchpoints", Touchpoints.Make("dup-1", "cust-dup"));
        var again = await _client.PostAsJsonAsync("/api/touchpoints", new JsonArray(Touchpoints.Make("dup-1", "cust-dup"), Touchpoints.Make("dup-2", "cust-dup")));
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        Assert.Equal(1, body.GetProperty("duplicates").GetInt32());
        await Eventually.Until(() => Touchpoints.CountApplied(_client, "cust-dup"), n => n >= 2);
        await _client.PostAsJsonAsync("/api/touchpoints", Touchpoints.Make("dup-3", "cust-dup"));
        Assert.Equal(3, await Eventually.Until(() => Touchpoints.CountApplied(_client, "cust-dup"), n => n >= 3));
    }

    [Fact]
    public async Task Ndjson_lines_are_each_a_touchpoint()
    {
        var lines = string.Join("\n", Enumerable.Range(1, 3).Select(i => Touchpoints.Make($"nd-{i}", "cust-nd").ToJsonString())) + "\n";
        var response = await _client.PostAsync("/api/touchpoints", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(3, await Eventually.Until(() => Touchpoints.CountApplied(_client, "cust-nd"), n => n >= 3));
    }

    [Fact]
    public async Task A_bad_batch_is_rejected_whole_naming_each_item_and_field()
    {
        var bad = Touchpoints.Make("bad-2", "cust-bad", venueId: "no-such-venue");
        bad["at"] = "2026-11-23T10:00:00";
        bad["outcome"] = "great";
        var batch = new JsonArray(Touchpoints.Make("bad-1", "cust-bad"), bad, new JsonObject { ["customerId"] = 5 });

        var response = await _client.PostAsJsonAsync("/api/touchpoints", batch);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("[1].venueId", out _));
        Assert.True(errors.TryGetProperty("[1].at", out _));
        Assert.True(errors.TryGetProperty("[1].outcome", out _));
        Assert.True(errors.TryGetProperty("[2].eventId", out _));
        Assert.True(errors.TryGetProperty("[2].customerId", out _));
        Assert.False(errors.TryGetProperty("[0].eventId", out _));

        // The valid first item was not stored: sending it now is new, not a duplicate.
        var retry = await _client.PostAsJsonAsync("/api/touchpoints", Touchpoints.Make("bad-1", "cust-bad"));
        Assert.Equal(0, (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicates").GetInt32());
        Assert.Equal(1, await Eventually.Until(() => Touchpoints.CountApplied(_client, "cust-bad"), n => n >= 1));
    }

    [Theory]
    [InlineData("not json", "body")]
    [InlineData("[]", "body")]
    [InlineData("[1]", "[0]")]
    public async Task Malformed_bodies_get_400_naming_where(string body, string key)
    {
        var response = await _client.PostAsync("/api/touchpoints", new StringContent(body, Encoding.UTF8, "application/json"));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty(key, out _), errors.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Without_a_known_api_key_ingestion_is_401(string? key)
    {
        using var client = _silo.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        var response = await client.PostAsJsonAsync("/api/touchpoints", Touchpoints.Make("key-1", "cust-key"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/customers/cust-key")).StatusCode);
    }

    [Fact]
    public async Task An_oversize_body_or_batch_gets_413_and_the_silo_stays_up()
    {
        var big = new JsonArray([.. Enumerable.Range(0, 200).Select(i => (JsonNode)Touchpoints.Make($"big-{i}", "cust-big"))]);
        var many = new JsonArray([.. Enumerable.Range(0, 51).Select(i => (JsonNode)new JsonObject { ["eventId"] = $"m{i}" })]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await _client.PostAsJsonAsync("/api/touchpoints", big)).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await _client.PostAsJsonAsync("/api/touchpoints", many)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/customers/cust-big")).StatusCode);
    }
}
