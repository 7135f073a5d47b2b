using ExperienceGrid.LoadGenerator.Soak;

namespace ExperienceGrid.LoadGenerator.Driver;

/// <summary>A once-a-second view of a run for the live display; a soak's samples so far (null when not soaking).</summary>
public sealed record LoadProgress(
    string Phase,
    double Rate,
    TimeSpan Elapsed,
    TimeSpan Duration,
    long Offered,
    long Accepted,
    long InFlightBatches,
    double HttpP99,
    double PushP99,
    long PushReceived,
    long Errors,
    int StaffConnected,
    string? Detail,
    IReadOnlyList<SoakSample>? SoakSamples = null);
