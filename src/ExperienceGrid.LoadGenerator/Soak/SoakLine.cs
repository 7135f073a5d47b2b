using System.Globalization;

namespace ExperienceGrid.LoadGenerator.Soak;

/// <summary>A soak sample as one console line: the run's p99s, then each silo's and Redis' measures, then what could not be read.</summary>
public static class SoakLine
{
    public static string Format(SoakSample sample, int index, int expected)
    {
        var values = sample.Values.OrderBy(v => v.Key.StartsWith("http", StringComparison.Ordinal) || v.Key.StartsWith("push", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Key} {v.Value:0.#}"));
        var problems = sample.Problems.Count > 0 ? " · unread: " + string.Join("; ", sample.Problems) : "";
        return string.Create(CultureInfo.InvariantCulture, $"[{sample.At,5:0}s] soak sample {index}/{expected}: {string.Join(" · ", values)}{problems}");
    }
}
