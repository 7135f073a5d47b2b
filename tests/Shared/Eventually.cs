namespace ExperienceGrid.Testing;

/// <summary>Awaits a condition with a deadline instead of sleeping a fixed time.</summary>
public static class Eventually
{
    private static readonly TimeSpan _defaultTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Probes until <paramref name="done"/> holds for the value, and returns it. A probe that throws counts as not done
    /// (a silo may be starting or failing over); at the deadline the exception names <paramref name="what"/> and the
    /// last value or error.
    /// </summary>
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var limit = timeout ?? _defaultTimeout;
        var deadline = DateTime.UtcNow + limit;
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
                throw new TimeoutException($"Gave up after {limit.TotalSeconds:0.#} s waiting for {what ?? "the condition"}; last: {last}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Polls a cheap in-memory condition (every 5 ms) until it holds.</summary>
    public static async Task True(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? _defaultTimeout;
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up after {limit.TotalSeconds:0.#} s waiting for {what}.");
            }

            await Task.Delay(5);
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        System.Collections.IDictionary d => $"{{{string.Join(", ", d.Keys.Cast<object>().Select(k => $"{k}: {d[k]}"))}}}",
        _ => value.ToString() ?? "",
    };
}
