using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>
/// HTTP calls to the silos of a <see cref="ClusterScript"/> (Development: demo users, the dev API key). Reads are
/// signed in: guest data as the chain manager, the cluster view and the Orleans dashboard as the operator.
/// </summary>
public sealed partial class ClusterClient(ClusterScript cluster) : IDisposable
{
    private const string ApiKey = "eg-dev-key-2f6c1a";
    public const string Reader = "chain.manager";
    public const string Operator = "operator";

    // Long enough to tell a slow 503 from none: a refused batch may wait out Redis client timeouts (5 s each).
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    // Every silo signs with the same development key, so a token from one is good on all of them.
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public ClusterScript Cluster => cluster;

    public Task<HttpResponseMessage> IngestAsync(int silo, JsonArray batch) => IngestAsync(silo, batch.ToJsonString());

    public Task<HttpResponseMessage> IngestAsync(int silo, string batchJson, CancellationToken cancellationToken = default) =>
        IngestAsync(cluster.Url(silo), batchJson, cancellationToken);

    /// <summary>Posts a batch to the silo or front end at <paramref name="url"/>.</summary>
    public async Task<HttpResponseMessage> IngestAsync(string url, string batchJson, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{url}/api/touchpoints")
        {
            Content = new StringContent(batchJson, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", ApiKey);
        return await _http.SendAsync(request, cancellationToken);
    }

    /// <summary>The customer's <c>touchpointCount</c>; 0 when the grid knows nothing of them (404).</summary>
    public async Task<long> TouchpointCountAsync(int silo, string customerId)
    {
        using var response = await SendAsAsync(silo, $"/api/customers/{customerId}", Reader);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return 0;
        }

        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("touchpointCount").GetInt64();
    }

    /// <summary>
    /// The status of one GET (a customer or a venue, read as the chain manager; <paramref name="user"/> null: anonymous),
    /// or null when no answer came within <paramref name="timeout"/>.
    /// </summary>
    public async Task<HttpStatusCode?> StatusOfAsync(int silo, string path, TimeSpan timeout, string? user = Reader)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            using var response = await SendAsAsync(silo, path, user, cancel.Token);
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>One GET as the demo <paramref name="user"/>: its status and whether it carried Retry-After, or no answer within <paramref name="timeout"/>.</summary>
    public Task<Answer> ReadAsync(int silo, string path, string user, TimeSpan timeout) =>
        ReadAsync(cluster.Url(silo), silo, path, user, timeout);

    /// <summary>One GET through front end <paramref name="frontend"/>, as <see cref="ReadAsync(int, string, string, TimeSpan)"/>; the answer's <c>Silo</c> is the front end's number.</summary>
    public Task<Answer> ReadThroughFrontendAsync(int frontend, string path, string user, TimeSpan timeout) =>
        ReadAsync(cluster.FrontendUrl(frontend), frontend, path, user, timeout);

    /// <summary>
    /// The touchpoints the silo or front end at <paramref name="url"/> has accepted since it started (batches it took
    /// itself): <c>experiencegrid_touchpoints_accepted_total</c> of its <c>/metrics</c>, read as the operator.
    /// </summary>
    public async Task<long> AcceptedTouchpointsAsync(string url)
    {
        using var response = await SendAsAsync(url, "/metrics", Operator);
        response.EnsureSuccessStatusCode();
        var metrics = await response.Content.ReadAsStringAsync();
        return AcceptedTotal().Matches(metrics).Sum(m => (long)double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>An anonymous GET of a health endpoint: its status code and JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> HealthReportAsync(int silo, string path)
    {
        using var response = await _http.GetAsync(new Uri(new Uri(cluster.Url(silo)), path));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public async Task<HttpStatusCode?> HealthAsync(int silo) => await StatusOfAsync(silo, "/health", TimeSpan.FromSeconds(5), user: null);

    /// <summary>Moments of the last hour per venue (misery + mediocrity + WOW): what reached each venue grain from its customers.</summary>
    public async Task<Dictionary<string, long>> VenueMomentsAsync(int silo)
    {
        using var response = await SendAsAsync(silo, "/api/venues", Reader);
        response.EnsureSuccessStatusCode();
        var venues = await response.Content.ReadFromJsonAsync<JsonElement>();
        return venues.EnumerateArray().ToDictionary(
            v => v.GetProperty("venueId").GetString()!,
            v => v.GetProperty("live").GetProperty("lastHour") is var h
                ? h.GetProperty("misery").GetInt64() + h.GetProperty("mediocrity").GetInt64() + h.GetProperty("wow").GetInt64()
                : 0);
    }

    public Task<string> SignInAsync(int silo, string user, CancellationToken cancellationToken = default) =>
        SignInAsync(cluster.Url(silo), user, cancellationToken);

    /// <summary>A bearer token of the demo <paramref name="user"/> from the silo or front end at <paramref name="url"/>.</summary>
    public async Task<string> SignInAsync(string url, string user, CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsJsonAsync($"{url}/api/auth/token", new { user, password = "demo" }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("token").GetString()!;
    }

    /// <summary>The silos as <paramref name="silo"/> sees them (signed in as the operator).</summary>
    public async Task<ClusterView> ClusterAsync(int silo)
    {
        using var response = await SendAsAsync(silo, "/api/cluster", Operator);
        response.EnsureSuccessStatusCode();
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new ClusterView([.. view.GetProperty("silos").EnumerateArray().Select(s => new ClusterView.Member(
            cluster.IndexOf(s.GetProperty("address").GetString()!),
            s.GetProperty("status").GetString()!,
            s.GetProperty("activations").GetInt32()))]);
    }

    /// <summary>
    /// Activations of one grain class per silo number, from the Orleans dashboard's counters on
    /// <paramref name="silo"/> (refreshed every second or so).
    /// </summary>
    public async Task<Dictionary<int, int>> ActivationsBySiloAsync(int silo, string grainClass)
    {
        using var response = await SendAsAsync(silo, "/orleans/DashboardCounters", Operator);
        response.EnsureSuccessStatusCode();
        var counters = await response.Content.ReadFromJsonAsync<JsonElement>();
        return counters.GetProperty("simpleGrainStats").EnumerateArray()
            .Where(s => s.GetProperty("grainType").GetString()!.EndsWith($".{grainClass}", StringComparison.Ordinal))
            .GroupBy(s => cluster.IndexOf(s.GetProperty("siloAddress").GetString()!))
            .ToDictionary(g => g.Key, g => g.Sum(s => s.GetProperty("activationCount").GetInt32()));
    }

    private async Task<Answer> ReadAsync(string url, int index, string path, string user, TimeSpan timeout)
    {
        var sent = DateTime.UtcNow;
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            using var response = await SendAsAsync(url, path, user, cancel.Token);
            return new Answer(sent, DateTime.UtcNow, index, response.StatusCode, response.Headers.RetryAfter is not null, null, path);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return new Answer(sent, DateTime.UtcNow, index, null, false, e.GetType().Name, path);
        }
    }

    private Task<HttpResponseMessage> SendAsAsync(int silo, string path, string? user, CancellationToken cancellationToken = default) =>
        SendAsAsync(cluster.Url(silo), path, user, cancellationToken);

    /// <summary>GET <paramref name="path"/> of the silo or front end at <paramref name="url"/> signed in as the demo <paramref name="user"/>, or anonymously when it is null.</summary>
    private async Task<HttpResponseMessage> SendAsAsync(string url, string path, string? user, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{url}{path}");
        if (user is not null)
        {
            if (!_tokens.TryGetValue(user, out var token))
            {
                token = _tokens[user] = await SignInAsync(url, user, cancellationToken);
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _http.SendAsync(request, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    // A sample line of the counter, e.g. `experiencegrid_touchpoints_accepted_total{otel_scope_name="ExperienceGrid"} 1234 1767225600000`.
    [GeneratedRegex(@"^experiencegrid_touchpoints_accepted_total(?:\{[^}]*\})? (\S+)", RegexOptions.Multiline)]
    private static partial Regex AcceptedTotal();
}
