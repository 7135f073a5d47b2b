using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>HTTP calls to the silos of a <see cref="ClusterScript"/>.</summary>
public sealed class ClusterClient(ClusterScript cluster) : IDisposable
{
    public const int PartitionCount = 64;
    private const string ApiKey = "eg-dev-key-2f6c1a";
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public ClusterScript Cluster => cluster;

    /// <summary>The one venue the load goes to; probes go elsewhere, so the venue's counts are the load's alone.</summary>
    public const string Venue = "blaze-manchester-piccadilly";

    public const string ProbeVenue = "blaze-leeds-briggate";

    public static JsonObject Touchpoint(string eventId, string customerId, string venueId = Venue) => new()
    {
        ["eventId"] = eventId,
        ["customerId"] = customerId,
        ["venueId"] = venueId,
        ["touchpoint"] = "greeting",
        ["at"] = DateTimeOffset.UtcNow.ToString("O"),
    };

    public async Task<HttpResponseMessage> IngestAsync(int silo, JsonArray batch, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{cluster.Url(silo)}/api/touchpoints")
        {
            Content = new StringContent(batch.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", ApiKey);
        return await _http.SendAsync(request, ct);
    }

    public async Task<long> CountAsync(int silo, string customerId)
    {
        using var response = await _http.GetAsync($"{cluster.Url(silo)}/api/customers/{customerId}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return 0;
        }

        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("touchpointCount").GetInt64();
    }

    /// <summary>The moments of the last hour the venue grain counted: what reached it through the customer grains' outboxes.</summary>
    public async Task<long> VenueMomentsAsync(int silo)
    {
        var lastHour = (await _http.GetFromJsonAsync<JsonElement>($"{cluster.Url(silo)}/api/venues/{Venue}")).GetProperty("live").GetProperty("lastHour");
        return lastHour.GetProperty("misery").GetInt64() + lastHour.GetProperty("mediocrity").GetInt64() + lastHour.GetProperty("wow").GetInt64();
    }

    public async Task<int> DeliveredMomentsAsync(int silo, string customerId) =>
        (await _http.GetFromJsonAsync<JsonElement>($"{cluster.Url(silo)}/api/cluster/moments/{customerId}")).GetProperty("moments").GetInt32();

    /// <summary>Partitions owned per silo index (by address) and total lag, as seen by <paramref name="silo"/>.</summary>
    public async Task<ClusterSnapshot> ClusterAsync(int silo)
    {
        var view = await _http.GetFromJsonAsync<JsonElement>($"{cluster.Url(silo)}/api/cluster");
        var owned = new Dictionary<int, int>();
        long lag = 0;
        foreach (var member in view.GetProperty("silos").EnumerateArray())
        {
            var index = new Uri(member.GetProperty("address").GetString()!).Port - cluster.BasePort;
            owned[index] = owned.GetValueOrDefault(index) + member.GetProperty("partitions").GetArrayLength();
            lag += member.GetProperty("lag").GetInt64();
        }

        return new ClusterSnapshot(owned, lag);
    }

    public void Dispose() => _http.Dispose();
}
