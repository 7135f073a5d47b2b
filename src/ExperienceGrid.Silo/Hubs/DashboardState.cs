using System.Collections.Concurrent;
using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Chain;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>
/// The latest views the venue grains of this silo published, which of them changed since the last push, and
/// follow-ups (new or done) to push. Thread-safe: grains write, the push loop reads.
/// </summary>
public sealed class DashboardState(ChainConfig chain, IGrainFactory grains)
{
    private readonly ConcurrentDictionary<string, VenueView> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _dirty = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FollowUp> _followUps = new();
    private int _chainDirty;

    public void Update(VenueView view)
    {
        _latest[view.VenueId] = view;
        _dirty[view.VenueId] = 0;
        Volatile.Write(ref _chainDirty, 1);
    }

    /// <summary>A follow-up or WOW opportunity a venue grain of this silo kept, or marked done.</summary>
    public void AddFollowUp(FollowUp followUp) => _followUps.Enqueue(followUp);

    /// <summary>Follow-ups added since the last call, in order.</summary>
    public IReadOnlyList<FollowUp> TakeFollowUps()
    {
        List<FollowUp> followUps = [];
        while (_followUps.TryDequeue(out var followUp))
        {
            followUps.Add(followUp);
        }

        return followUps;
    }

    /// <summary>Venues changed since the last call, each once.</summary>
    public IReadOnlyList<VenueView> TakeChanged()
    {
        List<VenueView> changed = [];
        foreach (var venueId in _dirty.Keys)
        {
            if (_dirty.TryRemove(venueId, out _) && _latest.TryGetValue(venueId, out var view))
            {
                changed.Add(view);
            }
        }

        return changed;
    }

    /// <summary>True once after any venue changed.</summary>
    public bool TakeChainChanged() => Interlocked.Exchange(ref _chainDirty, 0) == 1;

    /// <summary>
    /// Summaries of <paramref name="venueIds"/>, read from their venue grains: in a cluster most venues live on other
    /// silos, whose views this silo's pushes never see.
    /// </summary>
    public async Task<IReadOnlyList<VenueSummary>> SummariesAsync(IEnumerable<string> venueIds)
    {
        var venues = chain.Venues.Where(v => venueIds.Contains(v.Id)).ToList();
        var views = await Task.WhenAll(venues.Select(v => grains.GetGrain<IVenueGrain>(v.Id).GetView()));
        return [.. venues.Zip(views, (v, view) => new VenueSummary(v.Id, v.Name, v.RegionId, v.BrandId, view))];
    }
}
