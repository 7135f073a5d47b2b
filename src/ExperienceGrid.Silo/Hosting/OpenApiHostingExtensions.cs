using ExperienceGrid.Silo.OpenApi;
using Scalar.AspNetCore;

namespace ExperienceGrid.Silo.Hosting;

public static class OpenApiHostingExtensions
{
    /// <summary>Where the document is served (Microsoft.AspNetCore.OpenApi's default for the "v1" document).</summary>
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>The OpenAPI document of every endpoint, with its security schemes, problem answers and body limits.</summary>
    public static IServiceCollection AddGridOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<SecuritySchemes>();
            options.AddOperationTransformer<ProblemResponses>();
        });

    /// <summary>
    /// <see cref="DocumentPath"/> for anyone signed in, like every read; in Development with Scalar's API reference at
    /// <c>/scalar</c>, whose load of the document carries the sign-in cookie of the pages (it cannot send a header).
    /// </summary>
    public static WebApplication MapGridOpenApi(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath).RequireAuthorization();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference();
        }

        return app;
    }
}
