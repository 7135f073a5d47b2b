using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ExperienceGrid.Silo.Tests.Hostile;

/// <summary>
/// A silo in a given environment with demo users and small body limits, a client that sends both the API key and
/// a chain manager's bearer token (reads may require one), and a record of the errors it logs.
/// </summary>
public abstract class HostileSilo(string environment) : IAsyncLifetime
{
    public const long MaxBodyBytes = 256 * 1024;

    public const int MaxBatchSize = 200;

    public SiloFactory Factory { get; } = new(new Dictionary<string, string?>
    {
        ["environment"] = environment,
        ["Auth:DemoUsers"] = "true",
        ["Grid:AllowDemoSecrets"] = "true",
        ["Auth:SigningKey"] = "hostile-tests-signing-key-of-at-least-32-chars",
        ["Ingestion:MaxBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ingestion:MaxBatchSize"] = MaxBatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public LogRecorder Logs { get; } = new();

    /// <summary>Sends X-Api-Key and a chain manager's bearer token.</summary>
    public HttpClient Client { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Client = Factory.CreateChainManagerClient();
        Assert.Equal(environment, Factory.Services.GetRequiredService<IHostEnvironment>().EnvironmentName);
        Factory.Services.GetRequiredService<ILoggerFactory>().AddProvider(Logs);
        using var signIn = await Client.PostAsJsonAsync("/api/auth/token", new { user = "chain.manager", password = "demo" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
