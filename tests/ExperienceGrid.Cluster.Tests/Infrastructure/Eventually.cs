namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>Awaits a condition with a deadline instead of sleeping a fixed time.</summary>
public static class Eventually
{
    private static readonly TimeSpan _poll = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Probes until <paramref name="done"/> holds for the value, and returns it; a probe that throws counts as not
    /// done. Throws a <see cref="TimeoutException"/> naming <paramref name="what"/> and the last value at the deadline.
    /// </summary>
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = "(no answer yet)";
        while (true)
        {
            try
            {
                var value = await probe();
                if (done(value))
                {
                    return value;
                }

                last = Describe(value);
            }
            catch (Exception e)
            {
                last = $"{e.GetType().Name}: {e.Message}";
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up after {timeout.TotalSeconds:0} s waiting for {what}; last: {last}");
            }

            await Task.Delay(_poll);
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        System.Collections.IDictionary d => $"{{{string.Join(", ", d.Keys.Cast<object>().Select(k => $"{k}: {d[k]}"))}}}",
        _ => value.ToString() ?? "",
    };

    public static Task Until(Func<bool> condition, TimeSpan timeout, string what) =>
        Until(() => Task.FromResult(condition()), done => done, timeout, what);
}
