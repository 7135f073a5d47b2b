using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Silo.Tests.Privacy;

/// <summary>
/// Privacy:RetainInactiveGuests (400 days by default) on a real silo and its SQLite file: the silo registers the
/// sweep's hourly reminder at start, and the sweep erases a guest with no touchpoint for longer, as a person's erasure
/// would, audited by "retention"; a guest seen since stays. The test runs the sweep the reminder runs rather than
/// wait for the reminder; touchpoints 403 days old (ingestion here takes up to 500 days) make the guest inactive.
/// </summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private readonly SiloFactory _silo = new(new Dictionary<string, string?>
    {
        ["Auth:DemoUsers"] = "true",
        ["Ingestion:MaxEventAge"] = "500.00:00:00",
    });

    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _silo.CreateChainManagerClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task A_guest_past_retention_is_erased_by_the_sweep_and_audited()
    {
        var longAgo = DateTimeOffset.UtcNow.AddDays(-403);
        await IngestAsync(Touchpoints.AtRiskVisit("rt-gone", Touchpoints.Venue, longAgo));
        await IngestAsync(Touchpoints.AtRiskVisit("rt-back", Touchpoints.Venue, longAgo));
        await IngestAsync(Touchpoints.Make("rt-back-again", "rt-back", "visit.start"), Touchpoints.Make("rt-back-greeting", "rt-back", "greeting", value: 1));

        var grains = _silo.Services.GetRequiredService<IGrainFactory>();
        var sweep = grains.GetGrain<IRetentionSweepGrain>(IRetentionSweepGrain.Key);
        var reminders = _silo.Services.GetRequiredService<IReminderTable>();
        await Eventually.Until(() => reminders.ReadRow(sweep.GetGrainId(), "sweep"), r => r is not null, what: "the sweep's reminder, registered at start");
        Assert.NotNull(await grains.GetGrain<ICustomerGrain>("rt-gone").GetView());

        Assert.True(await sweep.Sweep() >= 1);

        Assert.Null(await grains.GetGrain<ICustomerGrain>("rt-gone").GetView());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/customers/rt-gone")).StatusCode);
        var back = await _client.GetFromJsonAsync<JsonElement>("/api/customers/rt-back");
        Assert.Equal(5, back.GetProperty("touchpointCount").GetInt32());

        var erasures = await ReadAsync("privacy.officer", "/api/erasures");
        var erased = Assert.Single(erasures, e => e.GetProperty("customerId").GetString() == "rt-gone");
        Assert.Equal("retention", erased.GetProperty("by").GetString());
        Assert.DoesNotContain(erasures, e => e.GetProperty("customerId").GetString() == "rt-back");
    }

    private async Task IngestAsync(params System.Text.Json.Nodes.JsonObject[] touchpoints)
    {
        using var response = await _client.PostAsJsonAsync("/api/touchpoints", touchpoints);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private async Task<JsonElement[]> ReadAsync(string user, string path)
    {
        using var signIn = await _client.PostAsJsonAsync("/api/auth/token", new { user, password = "demo" });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }
}
