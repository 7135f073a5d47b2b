namespace ExperienceGrid.Silo.Tests.Infrastructure;

/// <summary>
/// OpenTelemetry listens to every meter of a name in the process, so a silo's <c>/metrics</c> also counts what the
/// other test silos running beside it did; tests that assert exact counts run alone.
/// </summary>
[CollectionDefinition(nameof(ProcessWideMetrics), DisableParallelization = true)]
public sealed class ProcessWideMetrics;
