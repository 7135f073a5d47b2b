namespace ExperienceGrid.Simulation;

/// <summary>How simulated guests behave.</summary>
public sealed class JourneyOptions
{
    /// <summary>Size of the guest pool; guests come back for later visits. Default 400.</summary>
    public int Customers { get; set; } = 400;

    /// <summary>Share of visits that go wrong (misery touchpoints). Default 0.25.</summary>
    public double TroubleShare { get; set; } = 0.25;

    /// <summary>Share of troubled visits where staff recover the guest on their own. Default 0.3.</summary>
    public double SelfRecoveryShare { get; set; } = 0.3;

    /// <summary>Guests in a visit at once when unpaced; each next touchpoint comes from one of them. Default 40.</summary>
    public int ConcurrentVisits { get; set; } = 40;

    /// <summary>
    /// Above 0, visits keep time: each touchpoint comes its step's pause (times this factor) after the guest's previous
    /// one, so at 1 a visit takes about three minutes and a guest at risk stays so for two to five unless recovered;
    /// each call starts as many visits as its count needs. 0 (default): no pauses, <see cref="ConcurrentVisits"/> guests
    /// interleaved (load runs).
    /// </summary>
    public double Pace { get; set; }

    /// <summary>Only these venues when set; otherwise every venue of the chain.</summary>
    public IReadOnlyList<string>? VenueIds { get; set; }

    /// <summary>A visit's first touchpoint carries the guest's made-up display name (<see cref="GuestNames"/>). Default off.</summary>
    public bool GuestNames { get; set; }

    /// <summary>
    /// Who serves guests at a venue (by venue id): each visit is served by one of them, picked at random, and the
    /// touchpoints staff take part in (greeting, order, service, farewell, an apology, a "no", a policy quoted …) carry
    /// that <c>staffId</c>, so WOWs are credited and anti-patterns coached per person. None (default): no touchpoint
    /// names staff.
    /// </summary>
    public Func<string, IReadOnlyList<string>>? Staff { get; set; }

    /// <summary>Prefix of customer ids (e.g. "c-" gives c-00042).</summary>
    public string CustomerPrefix { get; set; } = "c-";

    /// <summary>The id of the guest numbered <paramref name="index"/> in the pool (0 to <see cref="Customers"/> - 1).</summary>
    public string CustomerId(int index) => $"{CustomerPrefix}{index:00000}";
}
