using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ExperienceGrid.Silo.Apis;

public static class CustomersApi
{
    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/customers/{customerId}", GetCustomer).WithName("GetCustomer");
        return app;
    }

    public static async Task<Results<Ok<CustomerView>, NotFound<ProblemDetails>, ValidationProblem>> GetCustomer(string customerId, IGrainFactory grains)
    {
        // An id ingestion refuses names no customer (and Orleans throws on a blank grain key).
        if (TouchpointLimits.IdProblem(customerId) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["customerId"] = [problem] });
        }

        var view = await grains.GetGrain<ICustomerGrain>(customerId).GetView();
        return view is null
            ? TypedResults.NotFound(new ProblemDetails { Status = 404, Title = "Unknown customer", Detail = $"No touchpoint was applied for customer '{customerId}'." })
            : TypedResults.Ok(view);
    }
}
