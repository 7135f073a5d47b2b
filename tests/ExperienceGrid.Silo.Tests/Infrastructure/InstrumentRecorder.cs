using System.Diagnostics.Metrics;

namespace ExperienceGrid.Silo.Tests.Infrastructure;

/// <summary>Records what one instrument created through a given meter factory measures while the recorder lives.</summary>
public sealed class InstrumentRecorder<T> : IDisposable
    where T : struct
{
    private readonly MeterListener _listener = new();
    private readonly List<T> _values = [];

    public InstrumentRecorder(IMeterFactory meters, string instrument)
    {
        _listener.InstrumentPublished = (published, listener) =>
        {
            // That factory's meters only: other silos in the same test process create instruments of the same names.
            if (published.Name == instrument && published.Meter.Scope == meters)
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<T>((_, value, _, _) =>
        {
            lock (_values)
            {
                _values.Add(value);
            }
        });
        _listener.Start();
    }

    public IReadOnlyList<T> Values
    {
        get
        {
            lock (_values)
            {
                return [.. _values];
            }
        }
    }

    /// <summary>Takes a reading of the instrument when it is observable (a gauge); others record as they measure.</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();
}
