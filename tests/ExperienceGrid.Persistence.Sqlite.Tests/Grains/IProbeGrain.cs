namespace ExperienceGrid.Persistence.Sqlite.Tests.Grains;

/// <summary>A grain with persistent state on the SQLite storage and a reminder in the SQLite reminder table.</summary>
[Alias("eg.tests.IProbeGrain")]
public interface IProbeGrain : IGrainWithStringKey
{
    [Alias("Set")]
    Task<ProbeSnapshot> Set(int value);

    [Alias("Get")]
    Task<ProbeSnapshot> Get();

    [Alias("StartTicking")]
    Task StartTicking(TimeSpan period);
}
