using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// The lists read from each venue's grain and answered as one (open alerts, open follow-ups), so that every such list
/// narrows to a venue the same way: the optional <c>venueId</c> filter is a venue the chain has (else 400) and the
/// caller sees (else 403); without it, every venue of the caller's scope, in chain order.
/// </summary>
public static class VenueLists
{
    /// <summary>What <paramref name="read"/> gives for each venue the filter covers, as one array in <paramref name="order"/>.</summary>
    public static async Task<Results<Ok<T[]>, ValidationProblem, ProblemHttpResult>> ReadAsync<T>(
        string? venueId,
        UserScope user,
        ChainConfig chain,
        Func<string, Task<IReadOnlyList<T>>> read,
        Func<IEnumerable<T>, IEnumerable<T>> order)
    {
        if (venueId is not null && !chain.TryGetVenue(venueId, out _))
        {
            return AccessProblems.UnknownVenue(venueId);
        }

        if (venueId is not null && !user.CanSee(venueId))
        {
            return AccessProblems.NotYourVenue(venueId);
        }

        IEnumerable<string> venues = venueId is not null ? [venueId] : chain.Venues.Where(v => user.CanSee(v.Id)).Select(v => v.Id);
        var lists = await Task.WhenAll(venues.Select(read));
        return TypedResults.Ok(order(lists.SelectMany(items => items)).ToArray());
    }
}
