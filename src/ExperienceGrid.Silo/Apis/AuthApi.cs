using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Limits;
using ExperienceGrid.Silo.OpenApi;
using ExperienceGrid.Silo.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExperienceGrid.Silo.Apis;

/// <summary>Sign-in: a user name and password for a bearer token (hubs take it as <c>access_token</c>).</summary>
public static class AuthApi
{
    /// <summary>The largest sign-in body; larger gets 413.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth");
        auth.MapPost("/token", IssueToken).WithName("IssueToken").AddOpenApiOperationTransformer(RequestBodies.SignIn);
        return auth;
    }

    public static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> IssueToken(
        HttpRequest request, UserDirectory users, VenueAccess access, TokenIssuer issuer, ChainConfig chain, SignInThrottle throttle,
        CancellationToken cancellationToken)
    {
        var body = await JsonFields.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body.TooLarge)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large", detail: $"A sign-in body has at most {MaxBodyBytes} bytes.");
        }

        if (TokenRequest.Read(body) is not { } signIn)
        {
            return TypedResults.ValidationProblem(body.Errors, title: "Sign-in needs a user and a password.");
        }

        var address = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.Refusal(signIn.User, address) is { } wait)
        {
            return RetryLater.TooManyRequests(request.HttpContext.Response, wait, "Too many failed sign-ins for this user or from this address.");
        }

        var user = users.Authenticate(signIn.User, signIn.Password);
        if (user is null || access.ScopeOf(user) is not { } scope)
        {
            throttle.Failed(signIn.User, address);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unknown user or wrong password");
        }

        var venues = chain.Venues.Where(v => scope.CanSee(v.Id)).Select(v => v.Id).ToList();
        return TypedResults.Ok(new TokenResponse(issuer.Issue(user), user.Role, venues, user.Label));
    }
}
