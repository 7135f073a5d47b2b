using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Follow-ups and WOW opportunities: numbered and kept when their delivery is applied (so once per customer
/// sequence, and written lazily like the rest of the delivery), pushed to the dashboards (and WOW to the floor),
/// and marked done by a manager, written before the answer.
/// </summary>
public sealed partial class VenueGrain
{
    /// <summary>Open follow-ups a venue keeps; beyond it the oldest is dropped, so a page never lists without end.</summary>
    public const int MaxOpenFollowUps = 100;

    public Task<IReadOnlyList<FollowUp>> GetOpenFollowUps() =>
        Task.FromResult<IReadOnlyList<FollowUp>>([.. State.FollowUps.AsEnumerable().Reverse()]);

    public async Task<FollowUp?> CompleteFollowUp(string followUpId, string by)
    {
        var index = State.FollowUps.FindIndex(f => f.Id == followUpId);
        if (index < 0)
        {
            return null;
        }

        var done = State.FollowUps[index] with { DoneAt = time.GetUtcNow(), DoneBy = by };
        State.FollowUps.RemoveAt(index);

        // Written first: a failed write reloads the follow-up as open, and the caller hears the failure.
        await WriteAsync();
        dashboards.AddFollowUp(done);
        return done;
    }

    private void Keep(IReadOnlyList<FollowUp> raised)
    {
        foreach (var followUp in raised)
        {
            var kept = followUp with { Id = $"{GrainKey}:{++State.FollowUpSequence}", VenueId = GrainKey };
            State.FollowUps.Add(kept);
            if (State.FollowUps.Count > MaxOpenFollowUps)
            {
                State.FollowUps.RemoveAt(0);
            }

            dashboards.AddFollowUp(kept);
            if (kept.Kind == FollowUp.Wow)
            {
                floor.Wow(FollowUps.ToWowView(kept));
            }
        }
    }
}
