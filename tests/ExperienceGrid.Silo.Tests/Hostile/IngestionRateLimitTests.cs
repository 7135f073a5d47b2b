using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hostile;

public sealed class IngestionRateLimitTests : IAsyncLifetime
{
    private const string OtherKey = "test-key-2";

    private readonly SiloFactory _silo = new(new()
    {
        ["Ingestion:ApiKeys:1"] = OtherKey,
        ["Ingestion:RequestsPerKey"] = "3",
        ["Ingestion:RequestWindow"] = "01:00:00",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task A_key_over_its_request_rate_gets_429_with_retry_after_and_other_keys_go_on()
    {
        using var client = _silo.CreateChainManagerClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/touchpoints", Touchpoints.Make($"rate-{i}", "cust-rate"))).StatusCode);
        }

        using var refused = await client.PostAsJsonAsync("/api/touchpoints", Touchpoints.Make("rate-3", "cust-rate"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(1), $"Retry-After {refused.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());

        // Another key has its own budget; the refused event was not applied, so it is new to the grid, not a duplicate.
        using var other = _silo.CreateClient();
        other.DefaultRequestHeaders.Add("X-Api-Key", OtherKey);
        using var retried = await other.PostAsJsonAsync("/api/touchpoints", Touchpoints.Make("rate-3", "cust-rate"));
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        Assert.Equal(0, (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicates").GetInt32());
    }
}
