using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Nudges on the venue's floor. The venue holds back nudges past its open limit (per guest throttling is the
/// model's), keeps the ones it showed until they close, and counts a prevented misery once, when it closes.
/// </summary>
public sealed partial class VenueGrain
{
    public Task<IReadOnlyList<FloorNudge>> GetFloorNudges() =>
        Task.FromResult<IReadOnlyList<FloorNudge>>([.. OpenNudges().OrderBy(n => n.MiseryAt)]);

    private IEnumerable<FloorNudge> OpenNudges() => State.Nudges.Values.Where(n => n.Status == NudgeStatus.Open);

    private void ApplyNudges(IReadOnlyList<FloorNudge> changes)
    {
        foreach (var change in changes)
        {
            if (change.Status == NudgeStatus.Open)
            {
                if (OpenNudges().Count() >= chain.Nudges.VenueMaxOpen)
                {
                    continue;
                }

                State.Nudges[change.CustomerId] = change;
                State.NudgesRaised++;
                floor.NudgeChanged(change);
                continue;
            }

            // Only nudges this venue showed count; a held-back one was never on the floor.
            if (!State.Nudges.TryGetValue(change.CustomerId, out var shown) || shown.NudgeId != change.NudgeId)
            {
                continue;
            }

            var updated = shown with { Status = change.Status, AnsweredAt = change.AnsweredAt ?? shown.AnsweredAt };
            if (change.Status == NudgeStatus.Answered)
            {
                State.Nudges[change.CustomerId] = updated;
            }
            else
            {
                State.Nudges.Remove(change.CustomerId);
                State.NudgesClosed++;
                State.MiseriesPrevented += change.Status == NudgeStatus.Prevented ? 1 : 0;
            }

            if (shown.Status == NudgeStatus.Open)
            {
                floor.NudgeChanged(updated);
            }
        }
    }
}
