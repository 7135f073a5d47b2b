using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ExperienceGrid.Silo.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Silo.Tests.Infrastructure;

/// <summary>
/// An in-process silo on real Kestrel (a loopback port of its own, so hub clients use real WebSockets), with its
/// own Orleans silo port and its own SQLite file in a temp folder, deleted on dispose.
/// </summary>
public sealed class SiloFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-1";

    private readonly Dictionary<string, string?> _settings;

    public SiloFactory(Dictionary<string, string?>? settings = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), $"eg-silo-{Guid.NewGuid():N}");
        _settings = new Dictionary<string, string?>
        {
            ["Grid:DataDirectory"] = DataDirectory,
            // Tests run side by side: each silo needs its own Orleans port.
            ["Grid:SiloPort"] = SiloProcess.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Ingestion:ApiKeys:0"] = ApiKey,
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }

        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public string DataDirectory { get; }

    /// <summary>The silo's Kestrel address, e.g. <c>http://127.0.0.1:40123/</c>; starts the silo.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }

    /// <summary>
    /// A client that sends the ingestion key and a chain manager's bearer token (signed by the silo's own issuer): it
    /// ingests, and reads what a chain manager may. <see cref="WebApplicationFactory{T}.CreateClient()"/> is anonymous.
    /// </summary>
    public HttpClient CreateChainManagerClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var token = Services.GetRequiredService<TokenIssuer>().Issue(new GridUser("chain.manager", "", GridRoles.ChainManager, [], []));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TempFolder.Delete(DataDirectory);
    }
}
