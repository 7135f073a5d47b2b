namespace ExperienceGrid.Silo.Logging;

/// <summary>A logger that writes warnings and errors through <see cref="LogRepeats"/>; everything else as it comes.</summary>
public sealed class CollapsingLogger(ILogger inner, string category, LogRepeats repeats) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Warning
            && inner.IsEnabled(logLevel)
            && !repeats.ShouldWrite(LogKind.Of(category, logLevel, eventId, state, exception), inner))
        {
            return;
        }

        inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
