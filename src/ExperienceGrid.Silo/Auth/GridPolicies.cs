using ExperienceGrid.Silo.Telemetry;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace ExperienceGrid.Silo.Auth;

/// <summary>
/// Authorization policies of the endpoints. A request without a valid token is 401; a token whose role the policy
/// does not admit is 403. Which venues a caller sees within a policy is <see cref="UserScope"/>'s business.
/// </summary>
public static class GridPolicies
{
    /// <summary>Venues, alerts, customers and the journey map: every role but the operator.</summary>
    public const string GuestData = "guestData";

    /// <summary>The cluster view and the Orleans dashboard: operators and chain managers.</summary>
    public const string Operations = "operations";

    /// <summary>
    /// Erasing guests: the privacy role, and the chain manager where <c>Privacy:ChainManagersMayErase</c> allows it
    /// (checked by the endpoint). Listing erasures: the privacy role and the operations roles.
    /// </summary>
    public const string Erasure = "erasure";

    public const string ErasureAudit = "erasureAudit";

    /// <summary>The Prometheus scrape endpoint: the operations roles by token, or a scraper by its scrape key.</summary>
    public const string Metrics = "metrics";

    public static AuthorizationBuilder AddGridPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Erasure, p => p.RequireRole(GridRoles.Privacy, GridRoles.ChainManager))
        .AddPolicy(ErasureAudit, p => p.RequireRole(GridRoles.Privacy, GridRoles.Operator, GridRoles.ChainManager))
        .AddPolicy(GuestData, p => p.RequireRole(GridRoles.Staff, GridRoles.VenueManager, GridRoles.RegionManager, GridRoles.ChainManager))
        .AddPolicy(Operations, p => p.RequireRole(GridRoles.Operator, GridRoles.ChainManager))
        .AddPolicy(Metrics, p => p
            .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme, ScrapeKeyHandler.SchemeName)
            .RequireRole(GridRoles.Operator, GridRoles.ChainManager, ScrapeKeyHandler.Role));
}
