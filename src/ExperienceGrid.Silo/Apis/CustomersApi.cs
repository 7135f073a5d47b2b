using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// A customer, for the staff and managers of a venue the guest is visiting or recently left. Whether a customer
/// exists is itself guest data: one the caller may not see is 404, exactly as an unknown one.
/// </summary>
public static class CustomersApi
{
    public static RouteGroupBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup("/api/customers").RequireAuthorization(GridPolicies.GuestData).RequireCallerScope();
        customers.MapGet("/{customerId}", GetCustomer).WithName("GetCustomer");
        return customers;
    }

    public static async Task<Results<Ok<CustomerView>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> GetCustomer(
        string customerId, HttpContext http, CustomerAccess customers, IGrainFactory grains)
    {
        // An id ingestion refuses names no customer (and Orleans throws on a blank grain key).
        if (TouchpointLimits.IdProblem(customerId) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["customerId"] = [problem] });
        }

        var view = await grains.GetGrain<ICustomerGrain>(customerId).GetView();
        return view is not null && customers.VisibleTo(CallerScope.Of(http), view) is { } visible
            ? TypedResults.Ok(visible)
            : TypedResults.NotFound(new ProblemDetails
            {
                Status = 404,
                Title = "Unknown customer",
                Detail = $"No customer '{customerId}' is in an open or recent visit at your venues.",
            });
    }
}
