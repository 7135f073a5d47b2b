namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// The venue's history, minute by minute: everything that happens is counted into the <see cref="VenueTally"/> of its
/// minute. What customers deliver counts at its event time, staff commands and deadlines when they happen. A minute is
/// handed over (<see cref="MinuteFinished"/>, numbered, so the history adds it once) once a minute two later has begun,
/// so stragglers of the minute just past still join it; something later than that is handed over on its own. Also the
/// credit of staff: a WOW moment that named them, a guest they recovered.
/// </summary>
public sealed partial class VenueModel
{
    /// <summary>Hands over the minutes a quiet venue still counts once <paramref name="now"/> is two minutes past them.</summary>
    public static VenueOutcome CloseMinutes(VenueState venue, DateTimeOffset now)
    {
        List<VenueChange> changes = [];
        return new VenueOutcome(HandOver(venue, now.ToUnixTimeSeconds() / 60, changes), changes);
    }

    private static VenueState Count(VenueState venue, DateTimeOffset at, Func<VenueTally, VenueTally> add, List<VenueChange> changes)
    {
        var minute = at.ToUnixTimeSeconds() / 60;
        var tallies = venue.Tallies.SetItem(minute, add(venue.Tallies.GetValueOrDefault(minute) ?? VenueTally.Empty(minute)));
        return HandOver(venue with { Tallies = tallies }, tallies.Keys.Max(), changes);
    }

    /// <summary>Hands over, oldest first, the minutes before the one preceding <paramref name="newest"/>.</summary>
    private static VenueState HandOver(VenueState venue, long newest, List<VenueChange> changes)
    {
        var sequence = venue.MinutesSent;
        var done = venue.Tallies.Keys.Where(m => m < newest - 1).Order().ToList();
        foreach (var minute in done)
        {
            changes.Add(new MinuteFinished(new HistoryMinute(++sequence, venue.Tallies[minute])));
        }

        return done.Count == 0 ? venue : venue with { Tallies = venue.Tallies.RemoveRange(done), MinutesSent = sequence };
    }

    /// <summary>The moments of one activity: counted by kind and touchpoint, anti-patterns by shift and staff, WOWs credited.</summary>
    private VenueState CountMoments(VenueState venue, VenueActivity activity, IReadOnlyList<TouchpointMoment> moments, List<VenueChange> changes)
    {
        string? shift = null;
        venue = Count(venue, activity.At, tally =>
        {
            foreach (var moment in moments)
            {
                tally = tally.With(moment);
                if (moment.AntiPattern is { } antiPattern)
                {
                    shift ??= chain.Insights.ShiftOf(activity.At, chain.TryGetVenue(venue.VenueId, out var place) ? place : null);
                    tally = tally.With(new AntiPatternCount(antiPattern, shift, moment.StaffId, 1));
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
        return Count(venue, recognition.At, tally => tally.With(new RecognitionCount(recognition.StaffId, wow, 1 - wow)), changes);
    }

    /// <summary>
    /// An alerted visit ended: counted, with the action staff took on its alert (by anti-pattern and whoever claimed it)
    /// and whether the guest left better off; a recovery by staff is credited to whoever claimed the alert.
    /// </summary>
    private VenueState CountEndedAlertedVisit(VenueState venue, FloorAlert? alert, bool recovered, DateTimeOffset at, List<VenueChange> changes)
    {
        var action = alert is { ClaimedBy: not null, Resolution: { } taken } ? taken : null;
        List<PlaybookCount> playbook = action is null or GuestRecovered
            ? []
            : [.. alert!.AntiPatterns.Select(a => Enum.TryParse<AntiPattern>(a, out var antiPattern) ? antiPattern : (AntiPattern?)null)
                .OfType<AntiPattern>().Select(a => new PlaybookCount(a, action, 1, recovered ? 1 : 0, alert.ClaimedBy))];
        venue = Count(venue, at, tally => tally.With(playbook) with
        {
            AlertedVisitsEnded = tally.AlertedVisitsEnded + 1,
            Recovered = tally.Recovered + (recovered ? 1 : 0),
        }, changes);

        return recovered && action is not null
            ? Credit(venue, new Recognition($"{alert!.AlertId}:recovered", Recognition.Recovery, alert.ClaimedBy!, venue.VenueId, alert.CustomerId,
                alert.DisplayName, alert.Zone, Touchpoint: null, at), changes)
            : venue;
    }
}
