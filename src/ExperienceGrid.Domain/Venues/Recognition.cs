namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// A thank-you for a staff member, the moment it is earned: a WOW moment on a touchpoint that named them, or a guest
/// whose alert they resolved leaving better off than at the alert. Pushed to that person's floor page.
/// </summary>
/// <param name="Id">"{venueId}:{source}", unique per credit, so a page shows a card once.</param>
/// <param name="Kind"><see cref="Wow"/> or <see cref="Recovery"/>.</param>
/// <param name="Touchpoint">The WOW moment's touchpoint kind; null for a recovery.</param>
[GenerateSerializer, Immutable, Alias("Domain.Recognition")]
public sealed record Recognition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string StaffId,
    [property: Id(3)] string VenueId,
    [property: Id(4)] string CustomerId,
    [property: Id(5)] string DisplayName,
    [property: Id(6)] string? Zone,
    [property: Id(7)] string? Touchpoint,
    [property: Id(8)] DateTimeOffset At)
{
    public const string Wow = "wow";

    public const string Recovery = "recovery";
}
