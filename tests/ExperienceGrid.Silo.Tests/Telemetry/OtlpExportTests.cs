using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Hosting;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Silo.Tests.Telemetry;

/// <summary>
/// With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, a real silo sends its metrics and a touchpoint's trace over OTLP (HTTP,
/// protobuf) to a collector: here a loopback server that keeps what it is posted.
/// </summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Path, string? ContentType, byte[] Body)> _posts = new();
    private WebApplication _collector = null!;
    private SiloFactory _silo = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _collector = builder.Build();
        _collector.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            _posts.Enqueue((request.Path, request.ContentType, body.ToArray()));
            return Results.Ok();
        });
        await _collector.StartAsync();
        var endpoint = _collector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _silo = new SiloFactory(new()
        {
            [TelemetryHostingExtensions.OtlpEndpointSetting] = endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            // Export within the test's patience, not after the defaults' minute (metrics) and 5 s (spans).
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        await _collector.DisposeAsync();
    }

    [Fact]
    public async Task An_alerting_touchpoint_reaches_the_collector_as_the_grids_metrics_and_its_trace_through_the_grains()
    {
        using var client = _silo.CreateChainManagerClient();
        var batch = new JsonArray(Touchpoints.AtRiskVisit("otlp-guest", DemoChain.Config.Venues[2].Id));
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/touchpoints", batch)).StatusCode);

        await Eventually.Until(
            () => Task.FromResult(_posts.ToArray()),
            posts => Carries(posts, "/v1/metrics", "experiencegrid.touchpoints.accepted") && Carries(posts, "/v1/traces", "IVenueGrain/Apply"),
            what: "the accepted-touchpoints metric and the venue grain's span posted to the collector");

        Assert.All(_posts, p => Assert.Equal("application/x-protobuf", p.ContentType));
        Assert.Contains(_posts, p => Contains(p.Body, TelemetryHostingExtensions.ServiceName));
    }

    // OTLP protobuf keeps names as UTF-8 bytes, so a name is found in the body as it is.
    private static bool Carries((string Path, string? ContentType, byte[] Body)[] posts, string path, string name) =>
        posts.Any(p => p.Path == path && Contains(p.Body, name));

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
