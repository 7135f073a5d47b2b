using System.Collections.Concurrent;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Hubs;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExperienceGrid.Silo.Tests.Hubs;

/// <summary>The hub filter that logs hub failures is registered once: one refused call, one line.</summary>
public sealed class HubFailureLogTests
{
    [Fact]
    public async Task One_refused_hub_call_logs_one_line()
    {
        var category = typeof(HubFailureLog).FullName!;
        await using var silo = new SiloFactory(new() { [$"Logging:LogLevel:{category}"] = "Debug" });
        var lines = new ConcurrentQueue<string>();
        silo.Services.GetRequiredService<ILoggerFactory>().AddProvider(new LinesOf(category, lines));
        var token = silo.Services.GetRequiredService<TokenIssuer>().Issue(new GridUser("chain.manager", "", GridRoles.ChainManager, [], []));
        await using var client = await HubTestClient.ConnectAsync(new Uri(silo.ServerAddress, "/hubs/floor"), token);

        await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("ClaimAlert", "no-such-venue:1"));

        Assert.Single(lines);
        Assert.Contains("FloorHub.ClaimAlert refused", lines.Single(), StringComparison.Ordinal);
    }

    /// <summary>Every line one category logs, Debug included.</summary>
    private sealed class LinesOf(string category, ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => categoryName == category ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
