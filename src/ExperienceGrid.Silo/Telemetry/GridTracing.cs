using System.Diagnostics;

namespace ExperienceGrid.Silo.Telemetry;

/// <summary>
/// The grid's own spans (<see cref="SourceName"/>), beside ASP.NET Core's and Orleans' (grain calls and storage, carried
/// across silos by Orleans' activity propagation): a push to the floor hub, as the last span of a touchpoint's trace.
/// Nothing is recorded unless a tracer listens (OTLP configured, or a test's).
/// </summary>
public static class GridTracing
{
    public const string SourceName = "ExperienceGrid";

    private static readonly ActivitySource _source = new(SourceName);

    /// <summary>
    /// Runs <paramref name="send"/> inside a producer span named <paramref name="name"/> that ends when the send does.
    /// The caller's current activity is restored at once: the send is not awaited, and what the grain does next is no
    /// part of it.
    /// </summary>
    public static Task Push(string name, string venueId, Func<Task> send)
    {
        var caller = Activity.Current;
        var span = _source.StartActivity(name, ActivityKind.Producer);
        if (span is null)
        {
            return send();
        }

        span.SetTag("experiencegrid.venue_id", venueId);
        Task task;
        try
        {
            task = send();
        }
        finally
        {
            Activity.Current = caller;
        }

        task.ContinueWith(
            t =>
            {
                if (t.IsFaulted)
                {
                    span.SetStatus(ActivityStatusCode.Error, t.Exception?.InnerException?.Message);
                }

                span.Stop();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return task;
    }
}
