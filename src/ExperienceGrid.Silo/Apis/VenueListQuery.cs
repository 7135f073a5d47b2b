using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// A read of a list each venue's grain keeps (open alerts, open follow-ups), bound with <c>[AsParameters]</c>, so that
/// every such list narrows to a venue the same way: the optional <c>venueId</c> filter is a venue the chain has (else
/// 400) and the caller sees (else 403); without it, every venue of the caller's scope, in chain order.
/// </summary>
public sealed record VenueListQuery(string? VenueId, HttpContext Http, ChainConfig Chain, IGrainFactory Grains)
{
    /// <summary>What <paramref name="read"/> gives for each venue the filter covers, as one array in <paramref name="order"/>.</summary>
    public async Task<Results<Ok<T[]>, ValidationProblem, ProblemHttpResult>> ReadAsync<T>(
        Func<IVenueGrain, Task<IReadOnlyList<T>>> read, Func<IEnumerable<T>, IEnumerable<T>> order)
    {
        var user = CallerScope.Of(Http);
        if (VenueId is not null && !Chain.TryGetVenue(VenueId, out _))
        {
            return AccessProblems.UnknownVenue(VenueId);
        }

        if (VenueId is not null && !user.CanSee(VenueId))
        {
            return AccessProblems.NotYourVenue(VenueId);
        }

        IEnumerable<string> venues = VenueId is not null ? [VenueId] : Chain.Venues.Where(v => user.CanSee(v.Id)).Select(v => v.Id);
        var lists = await Task.WhenAll(venues.Select(v => read(Grains.GetGrain<IVenueGrain>(v))));
        return TypedResults.Ok(order(lists.SelectMany(items => items)).ToArray());
    }
}
