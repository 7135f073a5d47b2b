using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Hosting;
using ExperienceGrid.Silo.Tests.Infrastructure;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Xunit.Abstractions;

namespace ExperienceGrid.Silo.Tests.Telemetry;

/// <summary>
/// One trace from <c>POST /api/touchpoints</c> to the floor hub's send: the spans a tracer of the silo's sources collects
/// in-process (the InMemory exporter), chained parent to child through the customer grain and the venue grain.
/// </summary>
public sealed class TouchpointTraceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly SiloFactory _silo = new();
    private readonly List<Activity> _spans = [];
    private TracerProvider _tracer = null!;

    public Task InitializeAsync()
    {
        // The sources the silo exports over OTLP; listeners are process-wide, so the trace id below picks this test's spans.
        _tracer = Sdk.CreateTracerProviderBuilder()
            .AddSource(TelemetryHostingExtensions.TraceSources)
            .AddAspNetCoreInstrumentation()
            .AddInMemoryExporter(_spans)
            .Build()!;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        _tracer.Dispose();
    }

    [Fact]
    public async Task An_alerting_batch_is_one_trace_from_the_request_through_customer_and_venue_grains_to_the_hub_send()
    {
        using var client = _silo.CreateChainManagerClient();
        var venue = DemoChain.Config.Venues[3].Id;
        var batch = new JsonArray(Touchpoints.AtRiskVisit("trace-guest", venue));
        var caller = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/touchpoints") { Content = JsonContent.Create(batch) };
        request.Headers.Add("traceparent", $"00-{caller.TraceId}-{caller.SpanId}-01");

        using var answer = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);

        // A parent span is exported when it ends, which can be after its child's: wait for the whole chain up to the caller.
        var trace = await Eventually.Until(
            () => Task.FromResult(Spans(caller.TraceId)),
            spans => spans.Any(s => s.DisplayName == "FloorHub alert Raised") && ChainToHubSend(spans)[0].ParentSpanId == caller.SpanId,
            what: "the alert's hub send in the request's trace, every span above it ended");
        var chain = ChainToHubSend(trace);

        output.WriteLine(string.Join("\n", chain.Select(s => $"{s.Source.Name} {s.Kind} {s.DisplayName}")));
        Assert.Equal(caller.SpanId, chain[0].ParentSpanId);
        Assert.Equal((ActivityKind.Server, "POST /api/touchpoints"), (chain[0].Kind, chain[0].DisplayName));
        var grainCalls = chain.Where(s => s.Source.Name == "Microsoft.Orleans.Application" && s.Kind == ActivityKind.Server).Select(s => s.DisplayName).ToList();
        Assert.Equal(["ICustomerGrain/Record", "IVenueGrain/Apply"], grainCalls);
        Assert.Equal((ActivityKind.Producer, venue), (chain[^1].Kind, chain[^1].GetTagItem("experiencegrid.venue_id")));
        Assert.Contains(trace, s => s.Source.Name == "Microsoft.Orleans.Storage");
    }

    /// <summary>The spans from the hub send up to the first one whose parent is not among <paramref name="trace"/>.</summary>
    private static List<Activity> ChainToHubSend(List<Activity> trace)
    {
        var byId = trace.ToDictionary(s => s.SpanId);
        var chain = new List<Activity>();
        for (var span = trace.First(s => s.DisplayName == "FloorHub alert Raised"); ; span = byId[span.ParentSpanId])
        {
            chain.Insert(0, span);
            if (!byId.ContainsKey(span.ParentSpanId))
            {
                return chain;
            }
        }
    }

    private List<Activity> Spans(ActivityTraceId traceId)
    {
        // The exporter adds as spans end, on other threads.
        lock (_spans)
        {
            return [.. _spans.Where(s => s.TraceId == traceId)];
        }
    }
}
