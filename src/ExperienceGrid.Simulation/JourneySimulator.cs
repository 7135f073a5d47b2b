using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Simulation;

/// <summary>
/// Walks guests through the chain's venues: arrival, queue, order, service, bill, departure; a share
/// of visits go wrong (a long wait, a "no", a policy quoted) and some of those get recovered.
/// Deterministic for a given seed and call sequence, so load runs can be repeated.
/// </summary>
public sealed class JourneySimulator
{
    private readonly ChainConfig _chain;
    private readonly JourneyOptions _options;
    private readonly Random _random;
    private readonly IReadOnlyList<Venue> _venues;
    private readonly List<GuestJourney> _active = [];
    private readonly PriorityQueue<GuestJourney, DateTimeOffset> _due = new();
    private readonly HashSet<string> _inVisit = [];
    private long _eventSequence;

    public JourneySimulator(ChainConfig chain, JourneyOptions options, int seed, string runId)
    {
        _chain = chain;
        _options = options;
        _random = new Random(seed);
        RunId = runId;
        _venues = options.VenueIds is { Count: > 0 } ids ? [.. chain.Venues.Where(v => ids.Contains(v.Id))] : chain.Venues;
        if (_venues.Count == 0)
        {
            throw new ArgumentException("No venue of the chain matches the simulation's venue ids.", nameof(options));
        }
    }

    /// <summary>Makes event ids unique to this run, so separate runs never collide as duplicates.</summary>
    public string RunId { get; }

    /// <summary>
    /// The next <paramref name="count"/> touchpoints, all stamped <paramref name="at"/>. Paced, fewer when every guest
    /// of the pool is in a visit and none is due by <paramref name="at"/>.
    /// </summary>
    public IReadOnlyList<Touchpoint> Next(int count, DateTimeOffset at)
    {
        var touchpoints = new List<Touchpoint>(count);
        while (touchpoints.Count < count && (_options.Pace > 0 ? NextDue(at) : NextInterleaved()) is { } journey)
        {
            var step = journey.Steps.Dequeue();
            if (step.Kind == JourneyScript.ZoneChangedKind && journey.Venue.Zones.Count > 1)
            {
                journey.Zone = journey.Venue.Zones.Where(z => z != journey.Zone).ElementAt(_random.Next(journey.Venue.Zones.Count - 1));
            }

            var named = _options.GuestNames && !journey.Named;
            touchpoints.Add(new Touchpoint(
                $"{RunId}-{++_eventSequence}", journey.CustomerId, journey.Venue.Id, step.Kind, at, step.Value, step.Outcome, journey.Zone,
                StaffId: JourneyScript.StaffKinds.Contains(step.Kind) ? journey.StaffId : null,
                Attributes: named ? new Dictionary<string, string> { [GuestNames.Attribute] = GuestNames.For(journey.CustomerId) } : null));
            journey.Named = true;
            if (step.Kind == JourneyScript.VisitEndKind)
            {
                journey.Zone = null;
            }

            if (journey.Steps.Count == 0)
            {
                _active.Remove(journey);
                _inVisit.Remove(journey.CustomerId);
            }
            else if (_options.Pace > 0)
            {
                _due.Enqueue(journey, at + (journey.Steps.Peek().Pause * _options.Pace));
            }
        }

        return touchpoints;
    }

    /// <summary>The guest whose next step is due the longest, or a new visit when none is due.</summary>
    private GuestJourney? NextDue(DateTimeOffset at) =>
        _due.TryPeek(out _, out var due) && due <= at ? _due.Dequeue() : StartJourney();

    /// <summary>Any of up to <see cref="JourneyOptions.ConcurrentVisits"/> guests in a visit, with no pauses.</summary>
    private GuestJourney? NextInterleaved()
    {
        while (_active.Count < _options.ConcurrentVisits && StartJourney() is { } started)
        {
            _active.Add(started);
        }

        return _active.Count == 0 ? null : _active[_random.Next(_active.Count)];
    }

    private GuestJourney? StartJourney()
    {
        if (_inVisit.Count >= _options.Customers)
        {
            return null;
        }

        string customerId;
        do
        {
            customerId = _options.CustomerId(_random.Next(_options.Customers));
        }
        while (!_inVisit.Add(customerId));

        var venue = _venues[_random.Next(_venues.Count)];
        var zone = venue.Zones.Count > 0 ? venue.Zones[_random.Next(venue.Zones.Count)] : null;
        var steps = new Queue<JourneyStep>(JourneyScript.Plan(_random, _options).Where(s => _chain.TryGetTouchpoint(s.Kind, out _)));
        if (steps.Count > 0)
        {
            var staff = _options.Staff?.Invoke(venue.Id);
            return new GuestJourney(customerId, venue, zone, steps, staff is { Count: > 0 } ? staff[_random.Next(staff.Count)] : null);
        }

        _inVisit.Remove(customerId);
        return null;
    }
}
