using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ExperienceGrid.Silo.Tests.Durability;

/// <summary>
/// A customer's write refused for a stale ETag (another activation wrote first, as after a silo is killed): the
/// batch answers 503 with Retry-After, nothing of it is kept, and its retry is applied exactly once.
/// </summary>
public sealed class ETagConflictTests : IAsyncLifetime
{
    private const string Customer = "cust-etag";
    private readonly SiloFactory _silo = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _silo.CreateChainManagerClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task A_batch_whose_write_meets_an_ETag_conflict_answers_503_and_its_retry_is_applied_exactly_once()
    {
        var first = await _client.PostAsJsonAsync("/api/touchpoints", Batch("etag-1", "etag-2"));
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);

        // Another writer of the same customer, as a second activation would be: the stored version moves on.
        await using (var database = new SqliteConnection($"Data Source={Path.Combine(_silo.DataDirectory, "grid.db")}"))
        {
            await database.OpenAsync();
            using var write = database.CreateCommand();
            write.CommandText = "UPDATE grain_state SET version = version + 1 WHERE grain_id = 'customer/' || $customer";
            write.Parameters.AddWithValue("$customer", Customer);
            Assert.Equal(1, await write.ExecuteNonQueryAsync());
        }

        var batch = Batch("etag-3", "etag-4", "etag-5");
        var refused = await _client.PostAsJsonAsync("/api/touchpoints", batch);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);

        // The retry reaches a new activation that read the stored state: the three are new to it, once.
        Assert.Equal((3, 0), await IngestAsync(batch));
        Assert.Equal((0, 3), await IngestAsync(batch));
        Assert.Equal(5, await Touchpoints.CountApplied(_client, Customer));
    }

    private static JsonArray Batch(params string[] eventIds) => [.. eventIds.Select(id => Touchpoints.Make(id, Customer))];

    private async Task<(int Accepted, int Duplicates)> IngestAsync(JsonArray batch)
    {
        using var response = await _client.PostAsJsonAsync("/api/touchpoints", batch);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("accepted").GetInt32(), body.GetProperty("duplicates").GetInt32());
    }
}
