using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ExperienceGrid.Silo.Tests.Logging;

/// <summary>A logger (and the provider of it, for every category) that keeps each entry as "Level: message", for tests of what gets written.</summary>
public sealed class RecordedLog : ILogger, ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public ILogger CreateLogger(string categoryName) => this;

    public void Dispose()
    {
    }

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
}
