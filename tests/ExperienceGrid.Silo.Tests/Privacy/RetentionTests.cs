using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Silo.Tests.Privacy;

/// <summary>
/// Privacy:RetainInactiveGuests (400 days by default) on real silos and their SQLite file: a silo registers the
/// sweep's hourly reminder at start; the buckets and the days the sweep keeps outlive a restart; the sweep then erases
/// a guest with no touchpoint for longer, as a person's erasure would, audited by "retention", and keeps a guest seen
/// since. The test runs the sweep the reminder runs rather than wait an hour for it; touchpoints 403 days old
/// (ingestion here takes up to 500 days) make the guest inactive.
/// </summary>
public sealed class RetentionTests : IDisposable
{
    private readonly string _data = TempFolder.Create("eg-retention");

    public void Dispose() => TempFolder.Delete(_data);

    [Fact]
    public async Task A_guest_past_retention_is_erased_by_the_sweep_after_a_restart_and_audited()
    {
        var longAgo = DateTimeOffset.UtcNow.AddDays(-403);
        await using (var before = Start())
        {
            using var client = before.CreateChainManagerClient();
            await IngestAsync(client, Touchpoints.AtRiskVisit("rt-gone", Touchpoints.Venue, longAgo));
            await IngestAsync(client, Touchpoints.AtRiskVisit("rt-back", Touchpoints.Venue, longAgo));
            await IngestAsync(client, Touchpoints.Make("rt-back-again", "rt-back", "visit.start"), Touchpoints.Make("rt-back-greeting", "rt-back", "greeting", value: 1));

            var grains = before.Services.GetRequiredService<IGrainFactory>();
            var sweep = grains.GetGrain<IRetentionSweepGrain>(IRetentionSweepGrain.Key);
            var reminders = before.Services.GetRequiredService<IReminderTable>();
            var reminder = await Eventually.Until(() => reminders.ReadRow(sweep.GetGrainId(), "sweep"), r => r is not null, what: "the sweep's reminder, registered at start");
            Assert.Equal(TimeSpan.FromHours(1), reminder!.Period);
            Assert.NotNull(await grains.GetGrain<ICustomerGrain>("rt-gone").GetView());
        }

        await using var after = Start();
        using var reader = after.CreateChainManagerClient();
        var sweepAfter = after.Services.GetRequiredService<IGrainFactory>().GetGrain<IRetentionSweepGrain>(IRetentionSweepGrain.Key);
        Assert.Contains(DateOnly.FromDateTime(longAgo.UtcDateTime), await sweepAfter.GetDays());

        Assert.True(await sweepAfter.Sweep() >= 1);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/api/customers/rt-gone")).StatusCode);
        var back = await reader.GetFromJsonAsync<JsonElement>("/api/customers/rt-back");
        Assert.Equal(5, back.GetProperty("touchpointCount").GetInt32());
        Assert.DoesNotContain(DateOnly.FromDateTime(longAgo.UtcDateTime), await sweepAfter.GetDays());

        var erasures = await ReadAsync(reader, "privacy.officer", "/api/erasures");
        var erased = Assert.Single(erasures, e => e.GetProperty("customerId").GetString() == "rt-gone");
        Assert.Equal("retention", erased.GetProperty("by").GetString());
        Assert.DoesNotContain(erasures, e => e.GetProperty("customerId").GetString() == "rt-back");
    }

    private SiloFactory Start() => new(new Dictionary<string, string?>
    {
        ["Grid:DataDirectory"] = _data,
        ["Auth:DemoUsers"] = "true",
        ["Ingestion:MaxEventAge"] = "500.00:00:00",
    });

    private static async Task IngestAsync(HttpClient client, params JsonObject[] touchpoints)
    {
        using var response = await client.PostAsJsonAsync("/api/touchpoints", touchpoints);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static async Task<JsonElement[]> ReadAsync(HttpClient client, string user, string path)
    {
        using var signIn = await client.PostAsJsonAsync("/api/auth/token", new { user, password = "demo" });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }
}
