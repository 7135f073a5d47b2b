using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Silo.Tests.Telemetry;

/// <summary>
/// <c>/metrics</c> on a real silo: who may scrape it (operations roles by token, Prometheus by its scrape key), and
/// that the grid's instruments, Orleans' and ASP.NET Core's count what the silo really did.
/// </summary>
[Collection(nameof(ProcessWideMetrics))]
public sealed class MetricsEndpointTests : IAsyncLifetime
{
    private const string ScrapeKey = "scrape-key-for-tests-0001";
    private readonly SiloFactory _silo = new(new() { ["Metrics:ScrapeKeys:0"] = ScrapeKey });
    private HttpClient _scraper = null!;

    public Task InitializeAsync()
    {
        _scraper = _silo.CreateClient();
        _scraper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeKey);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _scraper.Dispose();
        await _silo.DisposeAsync();
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-the-scrape-key-0001", HttpStatusCode.Unauthorized)]
    [InlineData(GridRoles.Staff, HttpStatusCode.Forbidden)]
    [InlineData(GridRoles.VenueManager, HttpStatusCode.Forbidden)]
    [InlineData(GridRoles.Operator, HttpStatusCode.OK)]
    [InlineData(GridRoles.ChainManager, HttpStatusCode.OK)]
    [InlineData(ScrapeKey, HttpStatusCode.OK)]
    public async Task Only_operations_roles_and_the_scrape_key_read_the_metrics(string? credential, HttpStatusCode expected)
    {
        using var client = _silo.CreateClient();
        if (credential is not null)
        {
            var token = GridRoles.All.Contains(credential)
                ? _silo.Services.GetRequiredService<TokenIssuer>().Issue(new GridUser("someone", "", credential, [Touchpoints.Venue], []))
                : credential;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_scrape_key_opens_nothing_but_the_metrics()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _scraper.GetAsync("/api/operations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _scraper.GetAsync("/api/venues")).StatusCode);
    }

    [Fact]
    public async Task Accepted_duplicate_and_refused_touchpoints_moments_and_a_raised_alert_are_counted()
    {
        using var ingest = _silo.CreateChainManagerClient();
        var venue = DemoChain.Config.Venues[1].Id;
        var batch = new JsonArray(Touchpoints.AtRiskVisit("metrics-guest", venue));
        Assert.Equal(HttpStatusCode.Accepted, (await ingest.PostAsJsonAsync("/api/touchpoints", batch)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await ingest.PostAsJsonAsync("/api/touchpoints", new JsonArray(batch[1]!.DeepClone()))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ingest.PostAsJsonAsync("/api/touchpoints", new JsonArray(new JsonObject { ["eventId"] = "m-4" }))).StatusCode);
        using var keyless = _silo.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyless.PostAsJsonAsync("/api/touchpoints", batch)).StatusCode);

        var metrics = await Eventually.Until(
            () => _scraper.GetStringAsync("/metrics"),
            text => PrometheusText.Sum(text, "experiencegrid_alerts_total", "change=\"raised\"") >= 1,
            what: "the raised alert counted");

        Assert.Equal(3, PrometheusText.Sum(metrics, "experiencegrid_touchpoints_accepted_total"));
        Assert.Equal(1, PrometheusText.Sum(metrics, "experiencegrid_touchpoints_duplicate_total"));
        Assert.Equal(1, PrometheusText.Sum(metrics, "experiencegrid_touchpoint_batches_refused_total", "reason=\"invalid\""));
        Assert.Equal(1, PrometheusText.Sum(metrics, "experiencegrid_touchpoint_batches_refused_total", "reason=\"unauthorized\""));
        Assert.Equal(2, PrometheusText.Sum(metrics, "experiencegrid_moments_total", "kind=\"misery\""));
        Assert.Equal(1, PrometheusText.Sum(metrics, "experiencegrid_alerts_total", "change=\"raised\"", $"venue=\"{venue}\""));
        Assert.Equal(2, PrometheusText.Sum(metrics, "http_server_request_duration_seconds_count", "http_route=\"/api/touchpoints\"", "http_response_status_code=\"202\""));
        // Orleans' own meter: at least the guest's and the venue's activations were created.
        Assert.True(PrometheusText.Sum(metrics, "orleans_catalog_activation_created_total") >= 2);
    }

    [Fact]
    public async Task The_runtime_meter_the_live_heap_and_the_process_id_are_exported_for_a_soak()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        var metrics = await _scraper.GetStringAsync("/metrics");

        Assert.True(PrometheusText.Sum(metrics, "dotnet_process_memory_working_set_bytes") > 10 * 1024 * 1024);
        Assert.True(PrometheusText.Sum(metrics, "dotnet_gc_last_collection_heap_size_bytes") > 0);
        Assert.True(PrometheusText.Sum(metrics, "experiencegrid_gc_live_heap_bytes") > 1024 * 1024);
        Assert.True(PrometheusText.Sum(metrics, "dotnet_thread_pool_thread_count") >= 1);
        Assert.Contains($"process_pid=\"{Environment.ProcessId}\"", metrics);
    }
}
