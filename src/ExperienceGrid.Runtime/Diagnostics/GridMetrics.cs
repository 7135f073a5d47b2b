using System.Diagnostics.Metrics;
using ExperienceGrid.Runtime.Partitions;

namespace ExperienceGrid.Runtime.Diagnostics;

/// <summary>Instruments of the Meter "ExperienceGrid.Runtime".</summary>
internal sealed class GridMetrics
{
    /// <summary>The meter name to listen to (e.g. with OpenTelemetry or dotnet-counters).</summary>
    public const string MeterName = "ExperienceGrid.Runtime";

    private readonly Counter<long> _appended;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _applied;
    private readonly UpDownCounter<long> _activations;
    private readonly Histogram<double> _turnDuration;
    private readonly Histogram<double> _commitDuration;

    public GridMetrics(IMeterFactory meterFactory, PartitionRegistry partitions, PartitionSignals signals)
    {
        var meter = meterFactory.Create(MeterName);
        _appended = meter.CreateCounter<long>("grid.journal.appended", "{message}", "Messages appended to the journal by ingestion.");
        _duplicates = meter.CreateCounter<long>("grid.journal.duplicates", "{message}", "Appended messages skipped as duplicates.");
        _applied = meter.CreateCounter<long>("grid.journal.applied", "{message}", "Journal messages applied by partition consumers.");
        _activations = meter.CreateUpDownCounter<long>("grid.activations", "{activation}", "Active grain activations.");
        _turnDuration = meter.CreateHistogram<double>("grid.turn.duration", "s", "Duration of grain turns.");
        _commitDuration = meter.CreateHistogram<double>("grid.commit.duration", "s", "Duration of partition commits.");
        meter.CreateObservableGauge("grid.partition.lag", () => partitions.Hosts.Select(host =>
            new Measurement<long>(
                Math.Max(0, signals.Head(host.Partition) - host.CommittedOffset),
                new KeyValuePair<string, object?>("partition", host.Partition))),
            "{message}", "Last appended minus committed offset per owned partition.");
    }

    public void Appended(AppendResult result)
    {
        _appended.Add(result.Accepted);
        _duplicates.Add(result.Duplicates);
    }

    public void Applied(int count) => _applied.Add(count);

    public void ActivationStarted() => _activations.Add(1);

    public void ActivationStopped() => _activations.Add(-1);

    public void TurnCompleted(TimeSpan duration) => _turnDuration.Record(duration.TotalSeconds);

    public void CommitCompleted(TimeSpan duration) => _commitDuration.Record(duration.TotalSeconds);
}
