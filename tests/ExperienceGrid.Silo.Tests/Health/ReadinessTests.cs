using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Health;

/// <summary>Liveness and readiness of an embedded silo: membership and a real write to its SQLite file, no Redis check.</summary>
public sealed class ReadinessTests : IAsyncLifetime
{
    private readonly SiloFactory _silo = new();
    private HttpClient _anonymous = null!;

    public Task InitializeAsync()
    {
        _anonymous = _silo.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _anonymous.Dispose();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task An_active_embedded_silo_is_live_and_ready_with_its_storage_written()
    {
        using var live = await _anonymous.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        var ready = await Eventually.Until(
            async () =>
            {
                using var answer = await _anonymous.GetAsync("/health/ready");
                return (answer.StatusCode, Body: await answer.Content.ReadFromJsonAsync<JsonElement>());
            },
            r => r.StatusCode == HttpStatusCode.OK,
            what: "the silo ready");

        Assert.Equal("Healthy", ready.Body.GetProperty("status").GetString());
        var checks = ready.Body.GetProperty("checks");
        Assert.Equal(["membership", "storage"], checks.EnumerateObject().Select(c => c.Name).Order());
        Assert.Equal("active", checks.GetProperty("membership").GetProperty("description").GetString());
        Assert.Equal("writable", checks.GetProperty("storage").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Probes_at_once_all_find_the_storage_writable()
    {
        await Eventually.Until(() => _anonymous.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.OK, what: "the silo ready");

        // The storage probe writes one record per silo: concurrent probes must not conflict on its ETag.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _anonymous.GetAsync("/health/ready")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }
}
