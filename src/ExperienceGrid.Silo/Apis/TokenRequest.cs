using ExperienceGrid.Silo.Requests;

namespace ExperienceGrid.Silo.Apis;

/// <summary>The body of <c>POST /api/auth/token</c>: <c>{ "user": "…", "password": "…" }</c>.</summary>
public sealed record TokenRequest(string User, string Password)
{
    public const int MaxUserLength = 200;

    public const int MaxPasswordLength = 1024;

    /// <summary>The request, or null with the problems added to <paramref name="body"/>'s errors.</summary>
    public static TokenRequest? Read(JsonFields body)
    {
        var user = body.String("user", MaxUserLength);
        var password = body.String("password", MaxPasswordLength);
        body.Require("user", user);
        body.Require("password", password);
        return body.Errors.Count > 0 ? null : new TokenRequest(user!, password!);
    }
}
