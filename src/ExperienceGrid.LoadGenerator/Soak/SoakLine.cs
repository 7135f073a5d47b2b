using System.Globalization;

namespace ExperienceGrid.LoadGenerator.Soak;

/// <summary>A soak sample as one console line: the run's p99s, then each silo's and Redis' measures, then what could not be read.</summary>
public static class SoakLine
{
    public static string Format(SoakSample sample, int index, int expected)
    {
        var values = sample.Values.OrderBy(v => v.Key.StartsWith("http", StringComparison.Ordinal) || v.Key.StartsWith("push", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => Value(v.Key, v.Value));
        var problems = sample.Problems.Count > 0 ? " · unread: " + string.Join("; ", sample.Problems) : "";
        return string.Create(CultureInfo.InvariantCulture, $"[{sample.At,5:0}s] soak sample {index}/{expected}: {string.Join(" · ", values)}{problems}");
    }

    /// <summary><c>rss 312.9 MiB</c> rather than <c>rss MiB 312.9</c>: the unit that ends a measure's name follows its value.</summary>
    private static string Value(string measure, double value)
    {
        foreach (var unit in new[] { SoakMeasures.MiB, SoakMeasures.Millis })
        {
            if (measure.EndsWith($" {unit}", StringComparison.Ordinal))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{measure[..^(unit.Length + 1)]} {value:0.#} {unit}");
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{measure} {value:0.#}");
    }
}
