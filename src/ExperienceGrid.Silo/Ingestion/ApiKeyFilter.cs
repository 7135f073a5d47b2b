using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Ingestion;

/// <summary>Lets a request through only with an X-Api-Key header that matches a configured key.</summary>
public sealed class ApiKeyFilter(IOptions<IngestionOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[Header].ToString();
        return IsKnown(presented)
            ? next(context)
            : ValueTask.FromResult<object?>(TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Missing or unknown API key",
                detail: $"Send a configured key in the {Header} header."));
    }

    // Fixed-time comparison, so the time taken does not tell how much of a key matched.
    private bool IsKnown(string presented)
    {
        if (presented.Length == 0)
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(presented);
        return options.Value.ApiKeys.Any(key => CryptographicOperations.FixedTimeEquals(bytes, Encoding.UTF8.GetBytes(key)));
    }
}
