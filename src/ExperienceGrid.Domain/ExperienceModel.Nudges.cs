using System.Globalization;
using ExperienceGrid.Domain.Signals;

namespace ExperienceGrid.Domain;

/// <summary>
/// Pre-emptive nudges: a watched wait nearing its misery threshold tells the floor before it turns into
/// misery. One nudge per guest at a time, a cooldown between them, none while the visit is at risk (an alert
/// outranks a nudge: an open one is superseded), and never once the misery it warns of has happened or its time
/// has passed. A nudge closes when its wait is reported, at its misery time, or when the visit closes.
/// </summary>
public sealed partial class ExperienceModel
{
    private const string DefaultWaitingCare = "Tell the guest honestly how much longer it will be.";

    /// <summary>Starts a running wait when the touchpoint begins a watched wait.</summary>
    private VisitState StartWaits(VisitState visit, Touchpoint touchpoint)
    {
        var waits = visit.Waits ?? [];
        var started = Chain.Nudges.Watches
            .Where(w => w.StartedBy == touchpoint.Kind && waits.All(r => r.Kind != w.Kind))
            .Select(w => new RunningWait(w.Kind, touchpoint.At, Nudged: false))
            .ToList();
        return started.Count == 0 ? visit : visit with { Waits = [.. waits, .. started] };
    }

    /// <summary>
    /// Answers the nudge with a care touchpoint, ends the wait a watched report measures (closing its nudge),
    /// and raises a nudge when the report itself is near the line.
    /// </summary>
    private VisitState TrackNudges(CustomerState state, VisitState visit, Touchpoint touchpoint, Moment? moment, List<ExperienceSignal> signals)
    {
        var policy = Chain.Nudges;
        var at = touchpoint.At;
        if (visit.Nudge is { AnsweredAt: null } open && policy.CareKinds.Contains(touchpoint.Kind)
            && at >= open.RaisedAt && at < open.MiseryAt)
        {
            var answered = open with { AnsweredAt = at };
            signals.Add(new NudgeAnswered(state.CustomerId, visit.VenueId, at, answered, touchpoint.EventId));
            visit = visit with { Nudge = answered };
        }

        if (moment is null || policy.WatchFor(touchpoint.Kind) is null)
        {
            return visit;
        }

        visit = visit with { Waits = [.. (visit.Waits ?? []).Where(w => w.Kind != touchpoint.Kind)] };
        if (visit.Nudge is { } nudge && nudge.Kind == touchpoint.Kind)
        {
            var outcome = moment.MomentKind == MomentKind.Misery ? NudgeOutcome.BecameMisery
                : nudge.AnsweredAt is not null ? NudgeOutcome.Prevented
                : NudgeOutcome.Lapsed;
            signals.Add(new NudgeClosed(state.CustomerId, visit.VenueId, at, nudge, outcome));
            visit = visit with { Nudge = null };
        }

        // Only a report-only watch raises from a report: one with a start marker was just ended by it.
        if (policy.WatchFor(touchpoint.Kind) is { StartedBy: null } && touchpoint.Value is { } minutes && moment.MomentKind == MomentKind.Mediocrity
            && Chain.TryGetTouchpoint(touchpoint.Kind, out var definition) && definition.Thresholds is { } thresholds
            && minutes >= policy.Fraction * thresholds.Misery)
        {
            var startedAt = at - TimeSpan.FromMinutes(minutes);
            visit = RaiseNudge(state, visit, touchpoint.Kind, startedAt, startedAt + TimeSpan.FromMinutes(thresholds.Misery), at, signals);
        }
        return visit;
    }

    /// <summary>What time does to nudges at <paramref name="now"/>: supersede, close at the misery time, raise a due one.</summary>
    private VisitState AdvanceNudges(CustomerState state, VisitState visit, DateTimeOffset now, List<ExperienceSignal> signals)
    {
        visit = SupersedeNudge(state, visit, now, signals);
        if (visit.Nudge is { } open && open.MiseryAt <= now)
        {
            CloseNudge(state, visit, open.MiseryAt, signals);
            visit = visit with { Nudge = null };
        }
        return NextNudgeDue(visit) is { } due && due <= now ? RaiseDueNudge(state, visit, now, signals) : visit;
    }

    /// <summary>
    /// Raises the nudge of the running wait due at <paramref name="now"/>; a due wait already past its misery time
    /// (the tick came late) is given up instead, so it is never nudged after the fact nor checked again.
    /// </summary>
    private VisitState RaiseDueNudge(CustomerState state, VisitState visit, DateTimeOffset now, List<ExperienceSignal> signals)
    {
        foreach (var wait in visit.Waits ?? [])
        {
            if (DueNudge(visit, wait) is not { } due || due.At > now)
            {
                continue;
            }
            var waits = (visit.Waits ?? []).Select(w => w == wait ? w with { Nudged = true } : w).ToList();
            if (now >= due.MiseryAt)
            {
                visit = visit with { Waits = waits };
                continue;
            }
            var raised = RaiseNudge(state, visit, wait.Kind, wait.StartedAt, due.MiseryAt, now, signals);
            return raised with { Waits = waits };
        }
        return visit;
    }

    /// <summary>An alert takes over from the guest's nudge once the visit is at risk.</summary>
    private static VisitState SupersedeNudge(CustomerState state, VisitState visit, DateTimeOffset at, List<ExperienceSignal> signals)
    {
        if (visit.Risk is null || visit.Nudge is not { } nudge)
        {
            return visit;
        }
        signals.Add(new NudgeClosed(state.CustomerId, visit.VenueId, at, nudge, NudgeOutcome.Superseded));
        return visit with { Nudge = null };
    }

    /// <summary>When a running wait's nudge falls due, or null when it cannot fire.</summary>
    private (DateTimeOffset At, DateTimeOffset MiseryAt)? DueNudge(VisitState visit, RunningWait wait)
    {
        if (wait.Nudged || !Chain.TryGetTouchpoint(wait.Kind, out var definition) || definition.Thresholds is not { } thresholds)
        {
            return null;
        }
        var miseryAt = wait.StartedAt + TimeSpan.FromMinutes(thresholds.Misery);
        var due = wait.StartedAt + TimeSpan.FromMinutes(Chain.Nudges.Fraction * thresholds.Misery);
        if (visit.LastNudgeAt is { } last && last + Chain.Nudges.GuestCooldown > due)
        {
            due = last + Chain.Nudges.GuestCooldown;
        }
        return CanNudge(visit, wait.Kind) && due < miseryAt ? (due, miseryAt) : null;
    }

    /// <summary>The earliest running wait's nudge not yet raised, for the grain's timer.</summary>
    private DateTimeOffset? NextNudgeDue(VisitState visit)
    {
        DateTimeOffset? next = null;
        foreach (var wait in visit.Waits ?? [])
        {
            next = Earliest(next, DueNudge(visit, wait)?.At);
        }
        return next;
    }

    private bool CanNudge(VisitState visit, string kind) =>
        visit.Nudge is null && visit.Risk is null
        && visit.Moments.All(m => m.Kind != kind || m.MomentKind != MomentKind.Misery);

    private VisitState RaiseNudge(
        CustomerState state, VisitState visit, string kind, DateTimeOffset waitStartedAt, DateTimeOffset miseryAt, DateTimeOffset at,
        List<ExperienceSignal> signals)
    {
        var cooling = visit.LastNudgeAt is { } last && at - last < Chain.Nudges.GuestCooldown;
        if (cooling || at >= miseryAt || !CanNudge(visit, kind))
        {
            return visit;
        }
        var nudge = new Nudge($"{state.CustomerId}/{kind}/{at.UtcTicks}", kind, at, waitStartedAt, miseryAt, AnsweredAt: null);
        // No time left in the words: the floor counts down to MiseryAt itself, and fixed words would fall behind it.
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"{Chain.TouchpointName(kind)} is nearing its misery line of {(miseryAt - waitStartedAt).TotalMinutes:0.#} min.");
        var care = Chain.BrandOf(visit.VenueId).WaitingCare;
        IReadOnlyList<string> offers = care.Count > 0 ? care : [DefaultWaitingCare];
        signals.Add(new NudgeRaised(state.CustomerId, visit.VenueId, at, visit.Zone, nudge, reason, offers));
        return visit with { Nudge = nudge, LastNudgeAt = at };
    }

    /// <summary>
    /// Closes a nudge no report closed, at its misery time or when the visit closes: prevented only if answered and
    /// its wait was not still running at the misery time.
    /// </summary>
    private static void CloseNudge(CustomerState state, VisitState visit, DateTimeOffset closedAt, List<ExperienceSignal> signals)
    {
        if (visit.Nudge is not { } nudge)
        {
            return;
        }
        var ranPast = (visit.Waits ?? []).Any(w => w.Kind == nudge.Kind) && closedAt >= nudge.MiseryAt;
        var outcome = nudge.AnsweredAt is not null && !ranPast ? NudgeOutcome.Prevented : NudgeOutcome.Lapsed;
        signals.Add(new NudgeClosed(state.CustomerId, visit.VenueId, closedAt, nudge, outcome));
    }
}
