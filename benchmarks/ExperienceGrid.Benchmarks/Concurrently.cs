namespace ExperienceGrid.Benchmarks;

/// <summary>Runs a call for each of many items, a fixed number at a time, with a progress line every 2 seconds.</summary>
public static class Concurrently
{
    /// <param name="phase">The progress line's name, e.g. "activating".</param>
    /// <param name="items">What the progress line counts, e.g. "customers".</param>
    public static async Task ForEachAsync<T>(IReadOnlyList<T> all, int concurrency, string phase, string items, Func<T, Task> call)
    {
        var done = new SharedCounter();
        var next = -1;
        using var progress = new Progress(phase, () => $"{done.Value:N0} of {all.Count:N0} {items}");
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < all.Count)
            {
                await call(all[index]);
                done.Increment();
            }
        }));
    }
}
