using System.Collections.Concurrent;

namespace ExperienceGrid.LoadGenerator.Recording;

/// <summary>Counts offered and accepted events per second of the run, for the throughput chart. Thread-safe.</summary>
public sealed class RateRecorder
{
    private readonly ConcurrentDictionary<long, long> _offered = new();
    private readonly ConcurrentDictionary<long, long> _achieved = new();

    public void Offered(double at, int events) => _offered.AddOrUpdate(Second(at), events, (_, c) => c + events);

    public void Achieved(double at, int events) => _achieved.AddOrUpdate(Second(at), events, (_, c) => c + events);

    public IReadOnlyList<RatePoint> Timeline(double runSeconds)
    {
        var width = LatencyRecorder.BucketWidth(runSeconds);
        var seconds = _offered.Keys.Concat(_achieved.Keys).ToList();
        if (seconds.Count == 0)
        {
            return [];
        }

        var buckets = (long)Math.Floor(seconds.Max() / width) + 1;
        var points = new List<RatePoint>();
        for (long b = 0; b < buckets; b++)
        {
            long offered = 0, achieved = 0;
            for (var s = (long)(b * width); s < (long)((b + 1) * width); s++)
            {
                offered += _offered.GetValueOrDefault(s);
                achieved += _achieved.GetValueOrDefault(s);
            }

            points.Add(new RatePoint(b * width, offered / width, achieved / width));
        }

        return points;
    }

    private static long Second(double at) => (long)Math.Floor(Math.Max(0, at));
}
