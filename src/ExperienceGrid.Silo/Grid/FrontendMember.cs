namespace ExperienceGrid.Silo.Grid;

/// <summary>
/// A front end: it serves while its Orleans client reaches an active silo through a gateway, asked of the cluster's
/// management grain on every check (a front end has no membership of its own to read).
/// </summary>
public sealed class FrontendMember(IGrainFactory grains) : IGridMember
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(2);

    public string Address { get; } = $"frontend {Environment.MachineName}/{Environment.ProcessId}";

    public string Name { get; } = $"frontend {Environment.ProcessId}";

    public long? MembershipVersion => null;

    public async Task<string?> ProblemAsync()
    {
        try
        {
            var silos = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(_timeout);
            return silos.Count > 0 ? null : "no silo active";
        }
        catch (Exception e) when (e is OrleansException || GridUnavailability.IsTransient(e))
        {
            return "no silo reachable";
        }
    }
}
