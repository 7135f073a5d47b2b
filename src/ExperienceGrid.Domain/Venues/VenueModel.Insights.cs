using System.Collections.Immutable;

namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// The venue's history, minute by minute: everything that happens is counted into the current minute's
/// <see cref="VenueTally"/>; a later minute hands the current one over (<see cref="MinuteFinished"/>, numbered, so the
/// history adds it once). What customers deliver counts at its event time, staff commands and deadlines when they
/// happen; something late for a minute already handed over counts in the current one. Also the credit of staff: a WOW
/// moment that named them, a guest they recovered.
/// </summary>
public sealed partial class VenueModel
{
    /// <summary>Hands over the minute being counted if <paramref name="now"/> is past it (a quiet venue's last minute).</summary>
    public static VenueOutcome CloseMinute(VenueState venue, DateTimeOffset now)
    {
        List<VenueChange> changes = [];
        if (venue.Tally is { } tally && tally.Minute < now.ToUnixTimeSeconds() / 60)
        {
            venue = FinishMinute(venue, changes);
        }

        return new VenueOutcome(venue, changes);
    }

    private static VenueState Count(VenueState venue, DateTimeOffset at, Func<VenueTally, VenueTally> add, List<VenueChange> changes)
    {
        var minute = at.ToUnixTimeSeconds() / 60;
        if (venue.Tally is { } current && minute > current.Minute)
        {
            venue = FinishMinute(venue, changes);
        }

        return venue with { Tally = add(venue.Tally ?? VenueTally.Empty(minute)) };
    }

    private static VenueState FinishMinute(VenueState venue, List<VenueChange> changes)
    {
        var sequence = venue.MinutesSent + 1;
        changes.Add(new MinuteFinished(new HistoryMinute(sequence, venue.Tally!)));
        return venue with { Tally = null, MinutesSent = sequence };
    }

    /// <summary>The moments of one activity: counted by kind and touchpoint, anti-patterns by shift and staff, WOWs credited.</summary>
    private VenueState CountMoments(VenueState venue, VenueActivity activity, IReadOnlyList<TouchpointMoment> moments, List<VenueChange> changes)
    {
        var shift = chain.Insights.ShiftOf(activity.At, chain.TryGetVenue(venue.VenueId, out var place) ? place : null);
        venue = Count(venue, activity.At, tally =>
        {
            foreach (var moment in moments)
            {
                tally = tally.With(moment);
                if (moment.AntiPattern is { } antiPattern)
                {
                    tally = tally.Plus(VenueTally.Empty(tally.Minute) with { AntiPatterns = [new AntiPatternCount(antiPattern, shift, moment.StaffId, 1)] });
                }
            }

            return tally;
        }, changes);

        foreach (var (moment, index) in moments.Select((m, i) => (m, i)))
        {
            if (moment is { Moment: MomentKind.Wow, StaffId: { } staffId })
            {
                var id = $"{venue.VenueId}:{activity.SourceId}" + (index > 0 ? $":{index}" : "");
                venue = Credit(venue, new Recognition(id, Recognition.Wow, staffId, venue.VenueId, activity.CustomerId, activity.DisplayName,
                    activity.Zone, moment.Touchpoint, activity.At), changes);
            }
        }

        return venue;
    }

    /// <summary>Counts and announces a thank-you, unless the chain keeps no recognition.</summary>
    private VenueState Credit(VenueState venue, Recognition recognition, List<VenueChange> changes)
    {
        if (!chain.Insights.Recognition)
        {
            return venue;
        }

        var wow = recognition.Kind == Recognition.Wow ? 1 : 0;
        changes.Add(new StaffRecognized(recognition));
        return Count(venue, recognition.At, tally => tally.Plus(VenueTally.Empty(tally.Minute) with
        {
            Recognitions = [new RecognitionCount(recognition.StaffId, wow, 1 - wow)],
        }), changes);
    }

    /// <summary>
    /// An alerted visit ended: counted, with the action staff took on its alert (by anti-pattern) and whether the guest
    /// left better off; a recovery by staff is credited to whoever claimed the alert.
    /// </summary>
    private VenueState CountEndedAlertedVisit(VenueState venue, FloorAlert? alert, bool recovered, DateTimeOffset now, List<VenueChange> changes)
    {
        var action = alert is { ClaimedBy: not null, Resolution: { } taken } ? taken : null;
        ImmutableList<PlaybookCount> playbook = action is null or GuestRecovered
            ? []
            : [.. alert!.AntiPatterns.Select(a => Enum.TryParse<AntiPattern>(a, out var antiPattern) ? antiPattern : (AntiPattern?)null)
                .OfType<AntiPattern>().Select(a => new PlaybookCount(a, action, 1, recovered ? 1 : 0))];
        venue = Count(venue, now, tally => tally.Plus(VenueTally.Empty(tally.Minute) with
        {
            AlertedVisitsEnded = 1,
            Recovered = recovered ? 1 : 0,
            Playbook = playbook.IsEmpty ? null : playbook,
        }), changes);

        return recovered && action is not null
            ? Credit(venue, new Recognition($"{alert!.AlertId}:recovered", Recognition.Recovery, alert.ClaimedBy!, venue.VenueId, alert.CustomerId,
                alert.DisplayName, alert.Zone, Touchpoint: null, now), changes)
            : venue;
    }
}
