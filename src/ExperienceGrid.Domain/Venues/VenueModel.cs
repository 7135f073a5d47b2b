using System.Collections.Immutable;
using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// The venue model: folds its customers' deliveries and its staff's commands into the venue's state and says what
/// changed. Pure like <see cref="ExperienceModel"/>: never mutates its inputs and reads time only from the <c>now</c>
/// callers pass. Each customer's deliveries are applied once, in the order of their sequence.
/// </summary>
/// <param name="recoveryTouchpoint">The touchpoint recorded on the guest for each unrecovered misery of a resolved alert.</param>
public sealed partial class VenueModel(ChainConfig chain, string recoveryTouchpoint)
{
    /// <summary>Open follow-ups a venue keeps; beyond it the oldest is dropped, so a page never lists without end.</summary>
    public const int MaxOpenFollowUps = 100;

    /// <summary>The resolution of an alert closed because the guest recovered before anyone resolved it.</summary>
    public const string GuestRecovered = "guest recovered";

    /// <summary>Minutes of moments a venue keeps for its live numbers and trend.</summary>
    public const int WindowMinutes = 60;

    public static VenueState NewVenue(string venueId) => new(
        venueId,
        ImmutableDictionary.Create<string, CustomerMark>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, double?>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, FloorAlert>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, double>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, FloorNudge>(StringComparer.Ordinal),
        [],
        AlertSequence: 0,
        [],
        FollowUpSequence: 0,
        new VenueTotals(),
        ImmutableDictionary<long, VenueTally>.Empty,
        MinutesSent: 0);

    /// <summary>The sequence of the latest delivery applied from <paramref name="customerId"/> (0 for none).</summary>
    public static long LastApplied(VenueState venue, string customerId) =>
        venue.Deliveries.TryGetValue(customerId, out var mark) ? mark.Sequence : 0;

    /// <summary>Applies, in order, the deliveries of <paramref name="customerId"/> above the latest one applied.</summary>
    public VenueOutcome Apply(VenueState venue, string customerId, IReadOnlyList<VenueDelivery> deliveries, DateTimeOffset now)
    {
        var last = LastApplied(venue, customerId);
        var applied = last;
        List<VenueChange> changes = [];
        foreach (var delivery in deliveries)
        {
            if (delivery.Sequence > applied)
            {
                venue = Apply(venue, delivery.Activity, now, changes);
                applied = delivery.Sequence;
            }
        }

        if (applied == last)
        {
            return new VenueOutcome(venue, changes);
        }

        changes.Add(CountsChanged.Instance);
        return new VenueOutcome(venue with { Deliveries = venue.Deliveries.SetItem(customerId, new CustomerMark(applied, now)) }, changes);
    }

    /// <summary>
    /// The customer stored an outbox that holds nothing for this venue up to <paramref name="through"/>: no delivery
    /// the venue applied can come again, so its mark goes (kept while a visit is open here, or when a later delivery
    /// came meanwhile). The marks then stay bounded by the guests in a visit, not by every guest of the day.
    /// </summary>
    public static VenueState Release(VenueState venue, string customerId, long through) =>
        venue.Deliveries.TryGetValue(customerId, out var mark) && mark.Sequence <= through && !venue.OpenVisits.ContainsKey(customerId)
            ? venue with { Deliveries = venue.Deliveries.Remove(customerId) }
            : venue;

    /// <summary>
    /// Forgets the marks of customers last heard before <paramref name="before"/> and not in a visit here: a delivery
    /// older than that is never sent again. <paramref name="keep"/> says which customers' marks must stay.
    /// </summary>
    public static VenueState ForgetDeliveries(VenueState venue, DateTimeOffset before, Func<string, bool> keep)
    {
        var old = venue.Deliveries.Where(d => d.Value.At < before && !venue.OpenVisits.ContainsKey(d.Key) && !keep(d.Key)).Select(d => d.Key).ToList();
        return old.Count == 0 ? venue : venue with { Deliveries = venue.Deliveries.RemoveRange(old) };
    }

    private VenueState Apply(VenueState venue, VenueActivity activity, DateTimeOffset now, List<VenueChange> changes)
    {
        var customerId = activity.CustomerId;
        if (activity.VisitClosed)
        {
            venue = EndVisit(venue, activity, now, changes);
        }

        if (activity.VisitOpened || activity.VisitScore is not null)
        {
            venue = venue with { OpenVisits = venue.OpenVisits.SetItem(customerId, activity.VisitScore ?? venue.OpenVisits.GetValueOrDefault(customerId)) };
        }

        venue = CountMoments(venue, activity, changes);
        if (activity.Risk is { } risk)
        {
            venue = RaiseOrUpdate(venue, activity, risk, now, changes);
        }
        else if (activity.RiskCleared && !activity.VisitClosed)
        {
            venue = CloseAsRecovered(venue, activity, now, changes);
        }

        if (activity.Nudges is { } nudges)
        {
            venue = ApplyNudges(venue, nudges, changes);
        }

        if (activity.FollowUps is { } followUps)
        {
            venue = Keep(venue, followUps, changes);
        }

        return venue;
    }

    private VenueState CountMoments(VenueState venue, VenueActivity activity, List<VenueChange> changes)
    {
        if (activity.TouchpointMoments is not { Count: > 0 } moments)
        {
            return venue;
        }

        var minute = activity.At.ToUnixTimeSeconds() / 60;
        var index = venue.Minutes.FindIndex(m => m.Minute == minute);
        var minutes = index >= 0
            ? venue.Minutes.SetItem(index, venue.Minutes[index].With(moments))
            : venue.Minutes.Add(MinuteCounts.Empty(minute).With(moments)).RemoveAll(m => m.Minute <= minute - WindowMinutes);
        return CountMoments(venue with { Minutes = minutes }, activity, moments, changes);
    }

    /// <summary>The venue's live numbers at <paramref name="now"/>: moments of the last <see cref="WindowMinutes"/>, visits, alerts, nudges.</summary>
    public static VenueView View(VenueState venue, DateTimeOffset now)
    {
        var nowMinute = now.ToUnixTimeSeconds() / 60;
        var window = venue.Minutes.Where(m => m.Minute > nowMinute - WindowMinutes && m.Minute <= nowMinute).OrderBy(m => m.Minute).ToList();
        var scores = venue.OpenVisits.Values.OfType<double>().ToList();
        var totals = venue.Totals;
        return new VenueView(
            venue.VenueId,
            venue.OpenVisits.Count,
            scores.Count > 0 ? Math.Round(scores.Average(), 2) : null,
            window.Aggregate(MomentCounts.None, (sum, m) => sum.Plus(m.Moments)),
            venue.Alerts.Values.Count(a => AlertStatus.IsOpen(a.Status)),
            totals.AtRisk,
            totals.Recovered,
            Rate(totals.Recovered, totals.AlertedVisitsEnded),
            totals.Claimed > 0 ? Math.Round(totals.ClaimSeconds / totals.Claimed, 1) : null,
            totals.Escalated,
            totals.AlertedVisitsEnded,
            [.. window.Select(m => new MinuteMoments(m.Minute, m.Moments.Misery, m.Moments.Mediocrity, m.Moments.Wow))],
            MinuteCounts.ByTouchpoint(window),
            OpenNudges(venue).Count(),
            totals.NudgesRaised,
            totals.MiseriesPrevented,
            totals.NudgesClosed,
            Rate(totals.MiseriesPrevented, totals.NudgesClosed),
            totals.FollowUpsClosed,
            Rate(totals.FollowUpsClosedInTime, totals.FollowUpsClosed));
    }

    private static double? Rate(long part, long whole) => whole > 0 ? Math.Round((double)part / whole, 3) : null;
}
