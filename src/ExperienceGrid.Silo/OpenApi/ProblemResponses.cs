using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ExperienceGrid.Silo.OpenApi;

/// <summary>
/// The answers every signed-in operation shares, which its handler's result types cannot declare: the bearer
/// requirement, 401 (no or invalid token), 403 (problem details: a role or venue outside the caller's scope), and 503
/// with Retry-After (problem details: a grain on a silo that just died, or Redis unreachable).
/// </summary>
public sealed class ProblemResponses : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        SecuritySchemes.Require(operation, context.Document!, SecuritySchemes.Bearer);
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No token, or an invalid or expired one." });
        await AddProblemAsync(operation, context, StatusCodes.Status403Forbidden, "The token's role, or the venue or region asked for, is outside the caller's scope.", cancellationToken);
        await AddProblemAsync(operation, context, StatusCodes.Status503ServiceUnavailable, "The grid could not answer just now (a silo died, Redis is unreachable); retry after Retry-After seconds.", cancellationToken);
    }

    /// <summary>Adds a problem-details answer for <paramref name="status"/> unless the operation declares one already.</summary>
    public static async Task AddProblemAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.ContainsKey(key))
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), cancellationToken: cancellationToken);
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
        };
    }
}
