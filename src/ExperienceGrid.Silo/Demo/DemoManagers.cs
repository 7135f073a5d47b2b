using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Demo;

/// <summary>
/// The demo's simulated care team: they take a share of the care follow-ups (<see cref="DemoOptions.FollowUpShare"/>)
/// and mark each done 30–120 s after they first see it (times <see cref="DemoOptions.Pace"/>) with an outcome — the
/// guest reached and recovered half the time, reached and still unhappy or not answering otherwise — straight on the
/// venue grain, as the follow-ups API does. The rest are left open, so they go overdue at the chain's due time and
/// escalate to the region manager (demo.sh shortens it to 3 minutes).
/// </summary>
internal sealed partial class DemoManagers(DemoOptions settings, ChainConfig chain, IGrainFactory grains, TimeProvider time, ILogger logger)
{
    /// <summary>Who the simulated care team mark follow-ups done as.</summary>
    public const string User = "simulated.manager";

    /// <summary>How pages name the simulated care team (a guest they reach and recover is a WOW credited to them).</summary>
    public const string DisplayName = "Simulated Max";

    private static readonly TimeSpan _look = TimeSpan.FromSeconds(2);

    private readonly Random _random = new();
    private readonly HashSet<string> _seen = [];
    private readonly List<(FollowUp FollowUp, DateTimeOffset At, string Outcome)> _jobs = [];

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        if (settings.FollowUpShare <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(_look, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await LookAsync();
                await WorkAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    /// <summary>Decides once per care follow-up whether the simulated care team take it, when and how it goes.</summary>
    private async Task LookAsync()
    {
        var open = (await Task.WhenAll(chain.Venues.Select(v => grains.GetGrain<IVenueGrain>(v.Id).GetOpenFollowUps())))
            .SelectMany(f => f)
            .Where(f => f.Kind == FollowUp.Care)
            .ToList();
        var now = time.GetUtcNow();
        foreach (var followUp in open.Where(f => _seen.Add(f.Id) && _random.NextDouble() < settings.FollowUpShare))
        {
            var outcome = _random.NextDouble() switch
            {
                < 0.5 => FollowUpOutcome.Recovered,
                < 0.75 => FollowUpOutcome.Unhappy,
                _ => FollowUpOutcome.NoAnswer,
            };
            _jobs.Add((followUp, now + (TimeSpan.FromSeconds(30 + (_random.NextDouble() * 90)) * settings.Pace), outcome));
        }

        // Forget follow-ups that were closed: their ids never come back.
        _seen.IntersectWith(open.Select(f => f.Id));
    }

    private async Task WorkAsync()
    {
        var now = time.GetUtcNow();
        foreach (var job in _jobs.Where(j => j.At <= now).ToList())
        {
            // Null: someone marked it done first; either way it is no longer the care team's.
            await grains.GetGrain<IVenueGrain>(job.FollowUp.VenueId).CompleteFollowUp(job.FollowUp.Id, User, job.Outcome);
            _jobs.Remove(job);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The simulated care team could not read or close follow-ups; trying again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
