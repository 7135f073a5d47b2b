using System.Text.Json.Nodes;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Apis;
using ExperienceGrid.Silo.Ingestion;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace ExperienceGrid.Silo.OpenApi;

/// <summary>
/// The bodies the handlers read themselves (to name every bad field in one 400, and to refuse duplicate names, lone
/// surrogates and deep nesting), described for the document with the limits the readers enforce; and the answers
/// particular to those operations. Attached per endpoint with <c>AddOpenApiOperationTransformer</c>.
/// </summary>
public static class RequestBodies
{
    /// <summary><c>POST /api/touchpoints</c>: one touchpoint, an array, or NDJSON; the API key; 401/403/413/429/503.</summary>
    public static async Task Touchpoints(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var chain = context.ApplicationServices.GetRequiredService<ChainConfig>();
        var limits = context.ApplicationServices.GetRequiredService<IOptions<IngestionOptions>>().Value;
        var touchpoint = TouchpointSchema(chain, limits);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = $"At most {limits.MaxBatchSize} touchpoints and {limits.MaxBodyBytes} bytes, validated whole: one bad field refuses the batch.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        OneOf = [touchpoint, new OpenApiSchema { Type = JsonSchemaType.Array, Items = touchpoint, MaxItems = limits.MaxBatchSize }],
                    },
                },
                ["application/x-ndjson"] = new() { Schema = touchpoint },
            },
        };

        SecuritySchemes.Require(operation, context.Document!, SecuritySchemes.ApiKey);
        await ProblemResponses.AddProblemAsync(operation, context, StatusCodes.Status401Unauthorized, $"No {IngestionKeys.Header} header, or an unknown key.", cancellationToken);
        operation.Responses!["403"] = new OpenApiResponse
        {
            Description = "A venue key posted for another venue; errors names each such [i].venueId.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(HttpValidationProblemDetails), cancellationToken: cancellationToken) },
            },
        };
        await ProblemResponses.AddProblemAsync(operation, context, StatusCodes.Status413PayloadTooLarge, "The body or the batch is larger than allowed.", cancellationToken);
        await ProblemResponses.AddProblemAsync(operation, context, StatusCodes.Status429TooManyRequests, "The key used its requests for the window (Ingestion:RequestsPerKey); retry after Retry-After seconds.", cancellationToken);
        await ProblemResponses.AddProblemAsync(operation, context, StatusCodes.Status503ServiceUnavailable, "A customer grain could not write its state; retry the whole batch after Retry-After seconds (what was stored counts as duplicates).", cancellationToken);
    }

    /// <summary><c>POST /api/auth/token</c>: a user and a password; 401, 413, 429.</summary>
    public static async Task SignIn(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = JsonObjectBody(AuthApi.MaxBodyBytes, ["user", "password"], new Dictionary<string, IOpenApiSchema>
        {
            ["user"] = Text(1, TokenRequest.MaxUserLength, "A user name, e.g. chain.manager."),
            ["password"] = Text(1, TokenRequest.MaxPasswordLength, null),
        });
        await ProblemResponses.AddProblemAsync(operation, context, StatusCodes.Status401Unauthorized, "Unknown user or wrong password.", cancellationToken);
        await ProblemResponses.AddProblemAsync(operation, context, StatusCodes.Status413PayloadTooLarge, "The body is larger than allowed.", cancellationToken);
        await ProblemResponses.AddProblemAsync(operation, context, StatusCodes.Status429TooManyRequests, "Too many failed sign-ins for this user or address; retry after Retry-After seconds.", cancellationToken);
    }

    /// <summary><c>POST /api/alerts/{alertId}/resolve</c>: the action taken (words or the card's playbook number) and a note; 413.</summary>
    public static async Task Resolution(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = JsonObjectBody(AlertsApi.MaxBodyBytes, [], new Dictionary<string, IOpenApiSchema>
        {
            ["action"] = Text(1, AlertCommands.MaxActionLength, "What was done, in words (one of the alert's playbook actions, or the staff member's own). Give this or playbook."),
            ["playbook"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Minimum = "0",
                Description = "What was done: the number (from 0) of one of the alert's playbook actions. Give this or action.",
            },
            ["note"] = Text(0, AlertCommands.MaxNoteLength, null),
        });
        await ProblemResponses.AddProblemAsync(operation, context, StatusCodes.Status413PayloadTooLarge, "The body is larger than allowed.", cancellationToken);
    }

    /// <summary><c>POST /api/followups/{followUpId}/done</c>: a care follow-up's outcome.</summary>
    public static Task FollowUpDone(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = JsonObjectBody(FollowUpsApi.MaxBodyBytes, [], new Dictionary<string, IOpenApiSchema>
        {
            ["outcome"] = Choice("How the care follow-up went (required for one, none for a WOW opportunity); recovered records the chain's follow-up touchpoint on the guest.", FollowUpOutcome.All),
        });
        return Task.CompletedTask;
    }

    private static OpenApiSchema TouchpointSchema(ChainConfig chain, IngestionOptions limits)
    {
        const string IdRules = "No control characters, no '/' or '\\', not '.' or '..', no whitespace at either end.";
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "One touchpoint. Every string must be Unicode text; no name twice in one object; nested at most 8 deep.",
            Required = new HashSet<string> { "eventId", "customerId", "venueId", "touchpoint", "at" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["eventId"] = Text(1, TouchpointLimits.MaxIdLength, "The idempotency key: a repeated id counts as a duplicate.", "^[A-Za-z0-9._:-]+$"),
                ["customerId"] = Text(1, TouchpointLimits.MaxIdLength, IdRules),
                ["venueId"] = Choice("A venue of the chain (with a venue key: one of its venues).", chain.Venues.Select(v => v.Id)),
                ["touchpoint"] = Choice("A kind of the chain's touchpoint catalog.", chain.Touchpoints.Select(t => t.Kind)),
                ["at"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Format = "date-time",
                    Description = $"ISO-8601 with an offset; at most {TouchpointLimits.MaxAhead.TotalMinutes:0} minutes ahead of the silo's clock and at most {limits.MaxEventAge} old.",
                },
                ["value"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Number,
                    Minimum = TouchpointLimits.MinValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Maximum = TouchpointLimits.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Description = "The measure of measured kinds, e.g. minutes for queue.wait.",
                },
                ["outcome"] = Choice("How the touchpoint felt, when the sender knows.", ["misery", "mediocrity", "wow"]),
                ["zone"] = Text(1, TouchpointLimits.MaxIdLength, "One of the venue's zones. " + IdRules),
                ["staffId"] = Text(1, TouchpointLimits.MaxIdLength, IdRules),
                ["attributes"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    MaxProperties = TouchpointLimits.MaxAttributes,
                    AdditionalProperties = Text(0, TouchpointLimits.MaxAttributeValueLength, null),
                    Description = $"String values; names 1-{TouchpointLimits.MaxAttributeNameLength} characters; no control characters. displayName (or name) is how staff address the guest.",
                },
            },
        };
    }

    private static OpenApiRequestBody JsonObjectBody(int maxBytes, HashSet<string> required, Dictionary<string, IOpenApiSchema> properties) => new()
    {
        Required = true,
        Description = $"At most {maxBytes} bytes.",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Required = required, Properties = properties } },
        },
    };

    private static OpenApiSchema Text(int minLength, int maxLength, string? description, string? pattern = null) => new()
    {
        Type = JsonSchemaType.String,
        MinLength = minLength,
        MaxLength = maxLength,
        Pattern = pattern,
        Description = description,
    };

    private static OpenApiSchema Choice(string description, IEnumerable<string> values) => new()
    {
        Type = JsonSchemaType.String,
        Description = description,
        Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))],
    };
}
