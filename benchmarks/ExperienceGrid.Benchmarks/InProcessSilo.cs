using System.Globalization;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// The silo hosted in this process with the same builder calls as its Program.cs (Production settings, a data
/// directory of its own, loopback ports), so a benchmark calls its grains through <see cref="IGrainFactory"/>.
/// </summary>
public sealed class InProcessSilo : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;

    private InProcessSilo(WebApplication app, string directory, string url)
    {
        _app = app;
        _directory = directory;
        Url = new Uri(url);
    }

    /// <summary>Where its HTTP APIs listen.</summary>
    public Uri Url { get; }

    public IServiceProvider Services => _app.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's SQLite file (grain state and reminders).</summary>
    public string DatabasePath => Path.Combine(_directory, "grid.db");

    public ChainConfig Chain => _app.Services.GetRequiredService<ChainConfig>();

    /// <param name="dashboard">Grid:OrleansDashboard (the silo's default is on).</param>
    /// <param name="settings">More configuration, e.g. <c>Auth:DemoUsers</c> for a benchmark that signs in.</param>
    public static async Task<InProcessSilo> StartAsync(string purpose, bool dashboard, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = RepoPaths.NewTempDirectory(purpose);
        var url = $"http://127.0.0.1:{Loopback.FreePort()}";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = RepoPaths.SiloProject, EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = url,
            ["Grid:DataDirectory"] = directory,
            ["Grid:SiloPort"] = Loopback.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Chain:ConfigPath"] = RepoPaths.DemoChain,
            ["Auth:SigningKey"] = "bench-signing-key-0123456789abcdef-0123456789",
            ["Grid:OrleansDashboard"] = dashboard ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Orleans.Runtime.MembershipService"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddGrid();
        builder.AddTelemetry();
        builder.AddGridHealthChecks();
        builder.Services.AddSilo();
        var app = builder.Build();
        _ = app.Services.GetRequiredService<ChainConfig>();
        app.MapSilo();
        await app.StartAsync();
        return new InProcessSilo(app, directory, url);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
