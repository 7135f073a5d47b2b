using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Demo;

public sealed class DemoSimulatorTests
{
    [Fact]
    public async Task The_demo_brings_guests_and_at_risk_alerts_without_any_client()
    {
        await using var silo = new SiloFactory(new()
        {
            ["Demo:Enabled"] = "true",
            ["Demo:EventsPerSecond"] = "400",
            ["Demo:TroubleShare"] = "1",
        });
        using var client = silo.CreateChainManagerClient();

        var alerts = await Eventually.Until(
            () => client.GetFromJsonAsync<JsonElement>("/api/alerts"),
            a => a.GetArrayLength() > 0,
            TimeSpan.FromSeconds(30),
            "the demo to raise an alert");

        var customer = alerts[0].GetProperty("customerId").GetString();
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/customers/{customer}");
        Assert.True(view.GetProperty("touchpointCount").GetInt64() > 0);
    }
}
