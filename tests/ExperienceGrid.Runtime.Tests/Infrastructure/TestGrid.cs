using ExperienceGrid.Runtime.Tests.Grains;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ExperienceGrid.Runtime.Tests.Infrastructure;

/// <summary>A real generic host running the grid on a SQLite file in <c>dataDirectory</c>.</summary>
public sealed class TestGrid : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private TestGrid(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public IJournalWriter Journal => Services.GetRequiredService<IJournalWriter>();

    public static async Task<TestGrid> StartAsync(
        string dataDirectory, TimeProvider? clock = null, Action<IServiceCollection>? configure = null, int pageSize = 100)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Grid:DataDirectory"] = dataDirectory,
            ["Grid:PartitionCount"] = "8",
            ["Grid:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        configure?.Invoke(builder.Services);
        builder.Services.AddGrid(builder.Configuration).AddTestGrains();
        var host = builder.Build();
        await host.StartAsync();
        return new TestGrid(host);
    }

    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            if (_host is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    public Task<AppendResult> AppendCountsAsync(string key, IEnumerable<CountMessage> messages) =>
        Journal.AppendAsync([.. messages.Select(m => Journal.Envelope<ICounterGrain, CountMessage>(key, m, m.Id))], CancellationToken.None).AsTask();
}
