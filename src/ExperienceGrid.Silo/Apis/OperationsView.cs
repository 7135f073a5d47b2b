using ExperienceGrid.Silo.Grid;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// The answer of <c>GET /api/operations</c>. <see cref="Self"/> is the silo or front end that answered: the event rate, the
/// push lag and the storage health are its own (in a cluster, each process measures what passes through it; a front end
/// sends no pushes, the silos do). The silos' grain counts come from the silos.
/// </summary>
/// <param name="EventsPerSecond">Touchpoints accepted per second over the last <paramref name="RateWindowSeconds"/>.</param>
/// <param name="OrleansDashboard">Where the Orleans dashboard is served; null when it is off.</param>
public sealed record OperationsView(
    string Self,
    string SelfName,
    IReadOnlyList<ClusterApi.SiloView> Silos,
    double EventsPerSecond,
    int RateWindowSeconds,
    PushLag PushLag,
    StorageView Storage,
    string? OrleansDashboard);
