using System.Diagnostics;

namespace ExperienceGrid.Benchmarks;

/// <summary>Prints a phase's progress every 2 seconds until disposed.</summary>
public sealed class Progress : IDisposable
{
    private readonly Timer _timer;

    public Progress(string phase, Func<string> describe)
    {
        var clock = Stopwatch.StartNew();
        _timer = new Timer(_ => Console.WriteLine($"  {phase} {clock.Elapsed.TotalSeconds,5:F1} s: {describe()}"), null, 2000, 2000);
    }

    public void Dispose() => _timer.Dispose();
}
