namespace ExperienceGrid.Silo.Grid;

/// <summary>Push lag of alert changes over the last minute: how many sends, median and 99th percentile (null when none).</summary>
public sealed record PushLag(int Samples, double? P50Milliseconds, double? P99Milliseconds);
