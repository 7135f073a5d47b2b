using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>Touchpoints of the demo chain for one guest at one venue, and the moments a venue should count from them.</summary>
public static class GuestTouchpoints
{
    public static Touchpoint Make(string eventId, string customerId, string venueId, string kind, DateTimeOffset at, double? value = null) =>
        new(eventId, customerId, venueId, kind, at, value);

    /// <summary>The visit.start marker: opens the visit, no moment.</summary>
    public static Touchpoint Start(string customerId, string venueId, DateTimeOffset at) =>
        Make($"{customerId}-start", customerId, venueId, "visit.start", at);

    /// <summary>Two miseries: repeated misery puts the guest at risk.</summary>
    public static IReadOnlyList<Touchpoint> Miseries(string customerId, string venueId, string prefix, DateTimeOffset at) =>
    [
        Make($"{customerId}-{prefix}-said-no", customerId, venueId, "staff.said_no", at),
        Make($"{customerId}-{prefix}-complaint", customerId, venueId, "complaint", at.AddSeconds(1)),
    ];

    /// <summary>Visit start and two miseries: an at-risk guest with two unrecovered miseries.</summary>
    public static IReadOnlyList<Touchpoint> AtRisk(string customerId, string venueId, DateTimeOffset at) =>
        [Start(customerId, venueId, at), .. Miseries(customerId, venueId, "risk", at.AddSeconds(1))];

    /// <summary>Three moments that are not misery: a quick greeting, a fair table and a WOW check-in (which recovers an earlier misery).</summary>
    public static IReadOnlyList<Touchpoint> Pleasant(string customerId, string venueId, string prefix, DateTimeOffset at) =>
    [
        Make($"{customerId}-{prefix}-greeting", customerId, venueId, "greeting", at, value: 10),
        Make($"{customerId}-{prefix}-table", customerId, venueId, "table.cleanliness", at.AddSeconds(1), value: 4),
        Make($"{customerId}-{prefix}-check-in", customerId, venueId, "staff.check_in", at.AddSeconds(2)),
    ];

    /// <summary>The moments of the guest's open visit, counted the way a venue counts them.</summary>
    public static MomentCounts Counts(CustomerView? customer) =>
        (customer?.Visit?.Moments ?? []).Aggregate(MomentCounts.None, (counts, moment) => counts.With(moment.MomentKind));
}
