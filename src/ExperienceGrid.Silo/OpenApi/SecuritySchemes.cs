using ExperienceGrid.Silo.Ingestion;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ExperienceGrid.Silo.OpenApi;

/// <summary>
/// The document's title and its two ways in: the ingestion key (<c>X-Api-Key</c>) and the bearer token of
/// <c>POST /api/auth/token</c>. Operations name the one they need (<see cref="ProblemResponses"/>, <see cref="RequestBodies"/>).
/// </summary>
public sealed class SecuritySchemes : IOpenApiDocumentTransformer
{
    public const string ApiKey = "ApiKey";

    public const string Bearer = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "ExperienceGrid";
        document.Info.Description =
            "Touchpoint ingestion (an API key), the signed-in reads and staff commands (a bearer token from POST /api/auth/token), "
            + "and health. Errors are RFC 9457 problem details; a 400 names each field (\"[3].venueId\", \"body\").";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = IngestionKeys.Header,
            Description = "An ingestion key (Ingestion:ApiKeys for every venue, Ingestion:VenueKeys for some).",
        };
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A token from POST /api/auth/token; what it may read depends on its role and venues.",
        };
        return Task.CompletedTask;
    }

    /// <summary>Says that <paramref name="operation"/> needs <paramref name="scheme"/>.</summary>
    public static void Require(OpenApiOperation operation, OpenApiDocument document, string scheme)
    {
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, document)] = [] });
    }
}
