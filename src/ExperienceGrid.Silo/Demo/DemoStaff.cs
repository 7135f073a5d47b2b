using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Auth;

namespace ExperienceGrid.Silo.Demo;

/// <summary>
/// Simulated floor staff for the demo: they take a share of the alerts (<see cref="DemoOptions.StaffShare"/>), claim
/// each 10–45 s after they first see it and resolve it 20–60 s later with one of its playbook actions (times
/// <see cref="DemoOptions.Pace"/>), through the same <see cref="AlertCommands"/> as the floor hub, so times to claim and
/// recovery rates move. The other alerts are left to people; an alert someone else took first is dropped.
/// </summary>
internal sealed partial class DemoStaff(
    DemoOptions settings, ChainConfig chain, IGrainFactory grains, AlertCommands commands, TimeProvider time, ILogger logger)
{
    /// <summary>Who the simulated staff claim and resolve as.</summary>
    public const string User = "simulated.staff";

    /// <summary>How pages name the simulated staff.</summary>
    public const string DisplayName = "Simulated Sam";

    private const string FallbackAction = "Apologised and made it right";

    private static readonly TimeSpan _look = TimeSpan.FromSeconds(1);

    private readonly Random _random = new();
    private readonly HashSet<string> _seen = [];
    private readonly List<Job> _jobs = [];

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        if (settings.StaffShare <= 0)
        {
            return;
        }

        var staff = new UserScope(User, GridRoles.Staff, chain.Venues.Select(v => v.Id).ToHashSet());
        using var timer = new PeriodicTimer(_look, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await LookAsync();
                await WorkAsync(staff, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    /// <summary>Decides once per alert whether simulated staff take it.</summary>
    private async Task LookAsync()
    {
        var open = (await Task.WhenAll(chain.Venues.Select(v => grains.GetGrain<IVenueGrain>(v.Id).GetFloorAlerts())))
            .SelectMany(alerts => alerts)
            .Where(a => a.Status != AlertStatus.Claimed)
            .ToList();
        var now = time.GetUtcNow();
        foreach (var alert in open.Where(a => _seen.Add(a.AlertId) && _random.NextDouble() < settings.StaffShare))
        {
            var claimAt = now + (Seconds(10, 45) * settings.Pace);
            var action = alert.Actions.Count > 0 ? alert.Actions[_random.Next(alert.Actions.Count)] : FallbackAction;
            _jobs.Add(new Job(alert.AlertId, claimAt, claimAt + (Seconds(20, 60) * settings.Pace), action));
        }

        // Forget alerts that closed or were claimed by someone: their ids never come back.
        _seen.IntersectWith(open.Select(a => a.AlertId).Concat(_jobs.Select(j => j.AlertId)));
    }

    private async Task WorkAsync(UserScope staff, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var job in _jobs.ToList())
        {
            if (!job.Claimed && job.ClaimAt <= now)
            {
                var claim = await commands.ClaimAsync(staff, job.AlertId, ct);
                if (claim.Outcome == AlertCommandOutcome.Accepted)
                {
                    job.Claimed = true;
                    continue;
                }

                _jobs.Remove(job);
            }
            else if (job.Claimed && job.ResolveAt <= now)
            {
                await commands.ResolveAsync(staff, job.AlertId, job.Action, playbook: null, note: null, ct);
                _jobs.Remove(job);
            }
        }
    }

    private TimeSpan Seconds(double low, double high) => TimeSpan.FromSeconds(low + (_random.NextDouble() * (high - low)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulated staff could not read or act on alerts; trying again")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    /// <summary>An alert simulated staff took: when they claim it, when they resolve it and with what action.</summary>
    private sealed class Job(string alertId, DateTimeOffset claimAt, DateTimeOffset resolveAt, string action)
    {
        public string AlertId { get; } = alertId;

        public DateTimeOffset ClaimAt { get; } = claimAt;

        public DateTimeOffset ResolveAt { get; } = resolveAt;

        public string Action { get; } = action;

        public bool Claimed { get; set; }
    }
}
