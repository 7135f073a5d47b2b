namespace ExperienceGrid.LoadGenerator.Soak;

/// <summary>
/// One soak sample: every measure read at <see cref="At"/> seconds from the run's start, by name
/// (e.g. <c>127.0.0.1:5080 rss MiB</c>, <c>http p99 ms</c>). A measure that could not be read is absent, and why is in <see cref="Problems"/>.
/// </summary>
/// <param name="At">Seconds from the run's start; latency measures cover the interval of one sampling period before it.</param>
public sealed record SoakSample(double At, IReadOnlyDictionary<string, double> Values, IReadOnlyList<string> Problems);
