namespace ExperienceGrid.Domain.Venues;

/// <summary>What a fold of the venue model changed, for the grain to push, schedule or hand over.</summary>
public abstract record VenueChange;

/// <summary>
/// An alert was raised, updated, claimed, escalated or closed; <see cref="Alert"/> is it after the change.
/// <see cref="AcceptedAt"/>: when the touchpoint that caused it was accepted (null for a staff command or a timer).
/// </summary>
public sealed record AlertChanged(FloorAlert Alert, AlertChange Change, DateTimeOffset? AcceptedAt = null) : VenueChange;

/// <summary>A nudge went on the floor, or one the floor shows was answered or closed.</summary>
public sealed record NudgeChanged(FloorNudge Nudge) : VenueChange;

/// <summary>The venue kept a follow-up or WOW opportunity (numbered), or one was marked done.</summary>
public sealed record FollowUpChanged(FollowUp FollowUp) : VenueChange;

/// <summary>The venue's live numbers changed: its view is due for the dashboards.</summary>
public sealed record CountsChanged : VenueChange
{
    public static CountsChanged Instance { get; } = new();
}

/// <summary>A minute is finished: hand it to the venue's history, which adds it once (by its sequence).</summary>
public sealed record MinuteFinished(HistoryMinute Minute) : VenueChange;

/// <summary>A staff member earned a thank-you: tell them on their floor page.</summary>
public sealed record StaffRecognized(Recognition Recognition) : VenueChange;

/// <summary>A resolved alert's recovery touchpoints, to record on the guest (deterministic event ids, so once).</summary>
public sealed record RecoveryRequested(IReadOnlyList<Touchpoint> Touchpoints) : VenueChange;
