using ExperienceGrid.Silo.Auth;
using Microsoft.AspNetCore.Http.Features;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// The signed-in caller's <see cref="UserScope"/>, resolved once per request by a filter on the groups whose handlers
/// need it, so no handler checks it again. A token can be valid yet name no user or a role the grid does not know
/// (sign-in never issues one; only a hand-made token can): the filter answers it before any handler runs.
/// </summary>
public static class CallerScope
{
    /// <summary>
    /// Resolves the scope before every endpoint of <paramref name="group"/>; a caller without one gets
    /// <paramref name="refusal"/>, by default <see cref="AccessProblems.NoScope"/>.
    /// </summary>
    public static RouteGroupBuilder RequireCallerScope(this RouteGroupBuilder group, Func<IResult>? refusal = null) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.RequestServices.GetRequiredService<VenueAccess>().ScopeOf(http.User) is not { } scope)
            {
                return (refusal ?? AccessProblems.NoScope)();
            }

            http.Features.Set(scope);
            return await next(context);
        });

    /// <summary>The scope <see cref="RequireCallerScope"/> resolved; throws in a handler whose group does not require it.</summary>
    public static UserScope Of(HttpContext http) => http.Features.GetRequiredFeature<UserScope>();
}
