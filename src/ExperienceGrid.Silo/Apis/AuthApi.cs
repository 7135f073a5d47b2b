using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>Sign-in: a user name and password for a bearer token (hubs take it as <c>access_token</c>).</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", IssueToken).WithName("IssueToken");
        return app;
    }

    public static Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult> IssueToken(
        TokenRequest? request, UserDirectory users, VenueAccess access, TokenIssuer issuer, ChainConfig chain)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request?.User))
        {
            errors["user"] = ["user is required"];
        }

        if (string.IsNullOrEmpty(request?.Password))
        {
            errors["password"] = ["password is required"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Sign-in needs a user and a password.");
        }

        var user = users.Authenticate(request!.User!, request.Password!);
        if (user is null || access.ScopeOf(user) is not { } scope)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unknown user or wrong password");
        }

        var venues = chain.Venues.Where(v => scope.CanSee(v.Id)).Select(v => v.Id).ToList();
        return TypedResults.Ok(new TokenResponse(issuer.Issue(user), user.Role, venues));
    }
}
