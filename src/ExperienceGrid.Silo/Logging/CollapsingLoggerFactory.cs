namespace ExperienceGrid.Silo.Logging;

/// <summary>
/// The host's logger factory with every logger (ours, Orleans', ASP.NET Core's) wrapped in a
/// <see cref="CollapsingLogger"/>, so repeated warnings and errors are counted rather than each written.
/// </summary>
public sealed class CollapsingLoggerFactory(ILoggerFactory inner, LogRepeats repeats) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new CollapsingLogger(inner.CreateLogger(categoryName), categoryName, repeats);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose()
    {
        // The last counts, while the providers can still write them.
        repeats.Flush();
        inner.Dispose();
    }
}
