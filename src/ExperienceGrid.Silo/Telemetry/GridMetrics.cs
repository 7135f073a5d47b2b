using System.Diagnostics.Metrics;
using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Telemetry;

/// <summary>
/// The grid's own instruments, on the meter <see cref="MeterName"/> (exported with Orleans' and ASP.NET Core's by
/// OpenTelemetry). Tags are bounded: a refusal reason, a moment kind, an alert change, a venue of the chain config;
/// never a guest or key. Each silo counts what passes through it. Batch latency to 202 is ASP.NET Core's
/// <c>http.server.request.duration</c> of the <c>/api/touchpoints</c> route, not repeated here.
/// </summary>
public sealed class GridMetrics
{
    public const string MeterName = "ExperienceGrid";

    // Seconds: sub-millisecond sends to a minute-long claim share one scale (OpenTelemetry's default buckets stop at 10 s).
    private static readonly IReadOnlyList<double> _latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    private static readonly IReadOnlyList<double> _claimBuckets = [5, 15, 30, 60, 120, 300, 600, 1800, 3600];
    private static readonly string[] _kinds = [.. Enum.GetValues<MomentKind>().Select(k => k.ToString().ToLowerInvariant())];

    private readonly Counter<long> _accepted;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _moments;
    private readonly Counter<long> _alerts;
    private readonly Histogram<double> _claimTime;
    private readonly Histogram<double> _pushLag;
    private readonly UpDownCounter<long> _outbox;
    private readonly Histogram<double> _venueWriteLag;
    private readonly Counter<long> _followUpsOverdue;

    public GridMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _accepted = meter.CreateCounter<long>("experiencegrid.touchpoints.accepted", "{touchpoint}",
            "Touchpoints stored by their customer grains (answered 202), duplicates not.");
        _duplicates = meter.CreateCounter<long>("experiencegrid.touchpoints.duplicate", "{touchpoint}",
            "Touchpoints whose event id their customer had applied already: counted, not applied again.");
        _refused = meter.CreateCounter<long>("experiencegrid.touchpoint_batches.refused", "{batch}",
            "Touchpoint batches refused whole, by reason (invalid, forbidden, too_large, unauthorized, rate_limited, unavailable).");
        _moments = meter.CreateCounter<long>("experiencegrid.moments", "{moment}",
            "Moments classified from stored touchpoints, by kind (misery, mediocrity, wow).");
        _alerts = meter.CreateCounter<long>("experiencegrid.alerts", "{alert}",
            "Floor alert changes, by change (raised, claimed, escalated, resolved, expired).");
        _claimTime = meter.CreateHistogram<double>("experiencegrid.alert.claim_time", "s",
            "From an alert being raised to a staff member claiming it.", tags: null, advice: new() { HistogramBucketBoundaries = _claimBuckets });
        _pushLag = meter.CreateHistogram<double>("experiencegrid.push.lag", "s",
            "From the touchpoint that caused an alert change being accepted (a staff command or timer: the venue grain publishing it) to the floor hub's send completing.",
            tags: null, advice: new() { HistogramBucketBoundaries = _latencyBuckets });
        _outbox = meter.CreateUpDownCounter<long>("experiencegrid.outbox.deliveries", "{delivery}",
            "Venue deliveries waiting in the outboxes of this silo's active customer grains (not yet written by their venue).");
        _venueWriteLag = meter.CreateHistogram<double>("experiencegrid.venue.write_lag", "s",
            "From a venue grain's first unwritten change to its state write.", tags: null, advice: new() { HistogramBucketBoundaries = _latencyBuckets });
        _followUpsOverdue = meter.CreateCounter<long>("experiencegrid.followups.overdue", "{follow-up}",
            "Care follow-ups still open at their due time, escalated to the region.");
        meter.CreateObservableGauge("experiencegrid.gc.live_heap", LiveHeap, "By",
            "Bytes that survived the last gen 2 collection (background or blocking): the live heap, which a sample taken after a gen 0 or 1 collection overstates by the gen 2 garbage waiting for the next one.");
    }

    private static IEnumerable<Measurement<long>> LiveHeap()
    {
        var background = GC.GetGCMemoryInfo(GCKind.Background);
        var blocking = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var last = background.Index > blocking.Index ? background : blocking;
        return last.Index == 0 ? [] : [new Measurement<long>(last.PromotedBytes)];
    }

    public void Recorded(RecordResult result)
    {
        _accepted.Add(result.Accepted);
        _duplicates.Add(result.Duplicates);
    }

    /// <param name="reason">One of <see cref="BatchRefusal"/>'s reasons.</param>
    public void Refused(string reason) => _refused.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Moment(MomentKind kind) => _moments.Add(1, new KeyValuePair<string, object?>("kind", _kinds[(int)kind]));

    public void AlertChanged(AlertChanged changed)
    {
        var change = changed.Change switch
        {
            AlertChange.Raised => AlertStatus.Raised,
            AlertChange.Claimed => AlertStatus.Claimed,
            AlertChange.Escalated => AlertStatus.Escalated,
            AlertChange.Closed => changed.Alert.Status,
            _ => null,
        };
        if (change is null)
        {
            return;
        }

        // Venue ids are the chain config's (a touchpoint at another venue is refused): a bounded tag.
        var venue = new KeyValuePair<string, object?>("venue", changed.Alert.VenueId);
        _alerts.Add(1, new KeyValuePair<string, object?>("change", change), venue);
        if (changed is { Change: AlertChange.Claimed, Alert.ClaimedAt: { } claimedAt })
        {
            _claimTime.Record(Math.Max(0, (claimedAt - changed.Alert.RaisedAt).TotalSeconds), venue);
        }
    }

    public void FollowUpOverdue(string venueId) => _followUpsOverdue.Add(1, new KeyValuePair<string, object?>("venue", venueId));

    public void Pushed(TimeSpan lag) => _pushLag.Record(lag.TotalSeconds);

    /// <param name="delta">How many deliveries an outbox gained (positive) or lost (negative) since it last said.</param>
    public void OutboxChanged(int delta)
    {
        if (delta != 0)
        {
            _outbox.Add(delta);
        }
    }

    public void VenueWritten(TimeSpan lag) => _venueWriteLag.Record(lag.TotalSeconds);
}
