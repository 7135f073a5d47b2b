using System.Net;
using System.Text.Json;
using ExperienceGrid.Silo.Hosting;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Silo.Tests.OpenApi;

/// <summary>
/// <c>/openapi/v1.json</c> of a real (Development) silo against the endpoints it maps: nothing mapped is missing, and
/// the operations carry their auth scheme, problem answers and the touchpoint fields' limits.
/// </summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    // Not HTTP API operations, each excluded on purpose: SignalR hubs, the Orleans dashboard, the Prometheus scrape
    // text, and the document and its reference UI themselves.
    private static readonly string[] _undocumented = ["/hubs/", "/orleans", "/metrics", "/openapi/", "/scalar"];

    private readonly SiloFactory _silo = new();
    private JsonElement _document;

    public async Task InitializeAsync()
    {
        using var client = _silo.CreateChainManagerClient();
        using var answer = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        _document = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task In_development_too_the_document_needs_a_sign_in_and_the_pages_token_cookie_is_one()
    {
        using var anonymous = _silo.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/scalar")).StatusCode);

        using var signedIn = _silo.CreateChainManagerClient();
        var token = signedIn.DefaultRequestHeaders.Authorization!.Parameter;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Add("Cookie", $"{SiloEndpoints.TokenCookie}={token}");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(request)).StatusCode);
    }

    [Fact]
    public void Every_mapped_endpoint_is_in_the_document_and_only_non_api_routes_are_left_out()
    {
        var endpoints = _silo.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 })
            .ToList();
        var excluded = endpoints.Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is { ExcludeFromDescription: true }).ToList();
        var mapped = endpoints.Except(excluded)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {Path(e)}"))
            .ToHashSet();
        var documented = _document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .ToHashSet();

        Assert.Contains("POST /api/touchpoints", mapped);
        Assert.Empty(mapped.Except(documented));
        Assert.All(excluded, e => Assert.Contains(_undocumented, prefix => Path(e).StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void Ingestion_names_the_api_key_its_problem_answers_and_each_fields_limits()
    {
        var ingest = Operation("/api/touchpoints", "post");
        Assert.Equal(["ApiKey"], ingest.GetProperty("security").EnumerateArray().SelectMany(s => s.EnumerateObject().Select(p => p.Name)));
        foreach (var status in new[] { "400", "401", "403", "413", "429", "503" })
        {
            Assert.True(ingest.GetProperty("responses").GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), status);
        }

        var content = ingest.GetProperty("requestBody").GetProperty("content");
        var touchpoint = content.GetProperty("application/x-ndjson").GetProperty("schema");
        Assert.Equal(["eventId", "customerId", "venueId", "touchpoint", "at"], touchpoint.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        var fields = touchpoint.GetProperty("properties");
        Assert.Equal(128, fields.GetProperty("eventId").GetProperty("maxLength").GetInt32());
        Assert.Equal("^[A-Za-z0-9._:-]+$", fields.GetProperty("eventId").GetProperty("pattern").GetString());
        Assert.Equal(128, fields.GetProperty("customerId").GetProperty("maxLength").GetInt32());
        Assert.Equal(DemoChain.Config.Venues.Select(v => v.Id), fields.GetProperty("venueId").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("queue.wait", fields.GetProperty("touchpoint").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("date-time", fields.GetProperty("at").GetProperty("format").GetString());
        Assert.Equal(0, fields.GetProperty("value").GetProperty("minimum").GetDouble());
        Assert.Equal(10_000, fields.GetProperty("value").GetProperty("maximum").GetDouble());
        Assert.Equal(["misery", "mediocrity", "wow"], fields.GetProperty("outcome").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(32, fields.GetProperty("attributes").GetProperty("maxProperties").GetInt32());
        Assert.Equal(256, fields.GetProperty("attributes").GetProperty("additionalProperties").GetProperty("maxLength").GetInt32());
        Assert.Equal(10_000, content.GetProperty("application/json").GetProperty("schema").GetProperty("oneOf")[1].GetProperty("maxItems").GetInt32());
    }

    [Fact]
    public void Signed_in_operations_name_the_bearer_scheme_and_their_problem_answers()
    {
        var schemes = _document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());

        var venue = Operation("/api/venues/{venueId}", "get");
        Assert.Equal(["Bearer"], venue.GetProperty("security").EnumerateArray().SelectMany(s => s.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["200", "401", "403", "404", "503"], venue.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());

        var resolve = Operation("/api/alerts/{alertId}/resolve", "post");
        Assert.Equal(500, resolve.GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema").GetProperty("properties").GetProperty("action").GetProperty("maxLength").GetInt32());
        Assert.True(resolve.GetProperty("responses").TryGetProperty("409", out _));

        Assert.False(Operation("/health", "get").TryGetProperty("security", out _));
        Assert.Equal(["200", "503"], Operation("/health/ready", "get").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
    }

    private JsonElement Operation(string path, string method) => _document.GetProperty("paths").GetProperty(path).GetProperty(method);

    // The document writes a group's root route without its trailing slash ("/api/followups/" is "/api/followups").
    private static string Path(RouteEndpoint endpoint) => endpoint.RoutePattern.RawText!.TrimEnd('/') is { Length: > 0 } path ? path : "/";
}
