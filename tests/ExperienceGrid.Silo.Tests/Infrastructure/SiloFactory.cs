using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Silo.Tests.Infrastructure;

/// <summary>An in-process silo on its own SQLite file in a temp folder, deleted on dispose.</summary>
public sealed class SiloFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-1";

    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;

    /// <param name="clock">Replaces the silo's clock (grain time, reminders), e.g. with a manual one.</param>
    public SiloFactory(Dictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        _clock = clock;
        DataDirectory = Path.Combine(Path.GetTempPath(), $"eg-silo-{Guid.NewGuid():N}");
        _settings = new Dictionary<string, string?>
        {
            ["Grid:DataDirectory"] = DataDirectory,
            ["Grid:PartitionCount"] = "8",
            ["Ingestion:ApiKeys:0"] = ApiKey,
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    public HttpClient CreateIngestClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TempFolder.Delete(DataDirectory);
    }
}
