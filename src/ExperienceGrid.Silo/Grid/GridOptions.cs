namespace ExperienceGrid.Silo.Grid;

/// <summary>Options of the grid (the Orleans silo and its grains), bound from the "Grid" configuration section.</summary>
public sealed class GridOptions
{
    public const string Section = "Grid";

    /// <summary>
    /// The Redis server of a cluster (StackExchange.Redis configuration, e.g. "127.0.0.1:6379"). When set, the silo
    /// joins the cluster: membership, grain state and reminders on Redis, and the SignalR Redis backplane. Default
    /// none: the embedded default (one silo, SQLite).
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>
    /// What this process hosts: <see cref="GridRole.Silo"/> (the default: the grains and the web app) or
    /// <see cref="GridRole.Frontend"/> (the web app as an Orleans client of the cluster at <see cref="Redis"/>).
    /// </summary>
    public GridRole Role { get; set; } = GridRole.Silo;

    /// <summary>
    /// How long a front end (<see cref="GridRole.Frontend"/>) tries at start to join its cluster (reach Redis and a
    /// silo's gateway) before it says what it could not reach, in one line on stderr, and exits with 1. Default 30 seconds.
    /// </summary>
    public TimeSpan FrontendJoinTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The cluster this silo joins; give each fresh cluster its own, so no stale silo entries delay joins. Default "grid".</summary>
    public string ClusterId { get; set; } = "grid";

    /// <summary>
    /// In a cluster: listen on every interface and advertise this host's name instead of 127.0.0.1, for silos on
    /// different hosts or containers. Default false (silos on one machine, loopback only).
    /// </summary>
    public bool ListenOnAnyAddress { get; set; }

    /// <summary>Serves Orleans' dashboard under <c>/orleans</c> to operators and chain managers. Default true.</summary>
    public bool OrleansDashboard { get; set; } = true;

    /// <summary>Whether this process serves Orleans' dashboard: a silo with <see cref="OrleansDashboard"/> on (a front end hosts no silo to show).</summary>
    public bool ServesOrleansDashboard => OrleansDashboard && Role == GridRole.Silo;

    /// <summary>Folder of the embedded SQLite file <c>grid.db</c> (grain state and reminders); created if missing. Default "./data".</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Port of silo-to-silo traffic on 127.0.0.1. Default 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>
    /// Port of Orleans clients on 127.0.0.1 (front ends, <see cref="GridRole.Frontend"/>, find it in the cluster's
    /// membership); 0 (the default) opens none: the silo's own web host is its only client.
    /// </summary>
    public int GatewayPort { get; set; }

    /// <summary>Grains idle this long are deactivated (their state is durable already). Default 15 minutes.</summary>
    public TimeSpan IdleDeactivationAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Event ids each customer remembers, newest first, to count a repeated id as a duplicate (1–65,536). Kept as
    /// 64-bit hashes: 8 bytes each. Default 256 (2 KiB per customer).
    /// </summary>
    public int RememberedEventIds { get; set; } = 256;

    /// <summary>
    /// How often a venue grain writes its changed state. Its customers keep what it has not written and deliver it
    /// again, so a longer interval costs only redelivery after a crash. Default 1 second.
    /// </summary>
    public TimeSpan VenueWriteInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a customer delivers again what its venues have not written yet. Default 2 seconds.</summary>
    public TimeSpan DeliveryRetryInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a venue remembers the last delivery of a customer without an open visit there, to skip a delivery
    /// that comes again (e.g. from a guest woken after a crash). Default 1 day.
    /// </summary>
    public TimeSpan DeliveryMemory { get; set; } = TimeSpan.FromDays(1);
}
