using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Failover;

/// <summary>
/// The retry a 503 asks for, on its own: a batch refused while Redis is down and answered 202 when sent again must be
/// in Redis, whatever step of the customer grain's turn failed.
/// </summary>
public sealed class RefusedBatchRetryTests(ITestOutputHelper output) : ClusterTest(output, "retry", 1)
{
    private const int Guests = 5;

    [Fact]
    public async Task A_batch_refused_while_Redis_is_down_is_stored_when_its_retry_is_accepted()
    {
        // Guests whose grains are active but hold nothing yet (looked up before their first event): their first
        // touchpoint registers the grain's reminder before the grain writes.
        var guests = Enumerable.Range(0, Guests).Select(i => $"retry-g{i}").ToList();
        Assert.All(await Task.WhenAll(guests.Select(g => Client.StatusOfAsync(1, $"/api/customers/{g}", TimeSpan.FromSeconds(10)))),
            s => Assert.Equal(HttpStatusCode.NotFound, s));

        // Each guest's first batch, refused while Redis is down, then sent again as it was until accepted.
        var batches = guests.Select(g => new JsonArray(Event($"{g}-start", g, "visit.start"), Event($"{g}-hello", g, "greeting")).ToJsonString()).ToList();
        await Cluster.RedisStopAsync();
        Assert.All(await Task.WhenAll(batches.Select(SendAsync)), s => Assert.Equal(HttpStatusCode.ServiceUnavailable, s));
        await Cluster.RedisStartAsync();
        await Task.WhenAll(batches.Select(b => Eventually.Until(() => SendAsync(b), s => s == HttpStatusCode.Accepted, TimeSpan.FromSeconds(30), "a retry to be accepted")));

        // What Redis holds, read by a silo that never saw these guests.
        await Cluster.KillAsync(1);
        await Cluster.DownAsync();
        await Cluster.UpAsync(1);
        var counts = await Task.WhenAll(guests.Select(g => Client.TouchpointCountAsync(1, g)));
        Output.WriteLine($"touchpointCount after the restart: {string.Join(", ", counts)}");
        Assert.All(counts, c => Assert.Equal(2, c));
    }

    private async Task<HttpStatusCode> SendAsync(string batch)
    {
        using var response = await Client.IngestAsync(1, batch);
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            Output.WriteLine($"202: {result}");
        }

        return response.StatusCode;
    }

    private JsonObject Event(string eventId, string customerId, string kind) => new()
    {
        ["eventId"] = eventId,
        ["customerId"] = customerId,
        ["venueId"] = Venues[0],
        ["touchpoint"] = kind,
        ["at"] = DateTimeOffset.UtcNow.ToString("O"),
    };
}
