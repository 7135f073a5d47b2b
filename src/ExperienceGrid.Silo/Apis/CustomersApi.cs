using System.Security.Claims;
using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Ingestion;
using ExperienceGrid.Silo.Limits;
using ExperienceGrid.Silo.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

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
        app.MapDelete("/api/customers/{customerId}", Erase).RequireAuthorization(GridPolicies.Erasure).WithName("EraseCustomer");
        return customers;
    }

    /// <summary>
    /// Erases the guest everywhere (their state, and at every venue what names them; counts and history stay) and
    /// audits it: 202 once done, again for an id already erased or never seen (nothing tells which).
    /// </summary>
    public static async Task<Results<Accepted<ErasureRecord>, ValidationProblem, ProblemHttpResult>> Erase(
        string customerId, HttpContext http, GuestErasure erasures, IOptions<PrivacyOptions> privacy)
    {
        if (http.User.IsInRole(GridRoles.ChainManager) && !privacy.Value.ChainManagersMayErase)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed to erase",
                detail: "Chain managers erase guests only where Privacy:ChainManagersMayErase is set; ask the privacy role.");
        }

        if (TouchpointLimits.IdProblem(customerId) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["customerId"] = [problem] });
        }

        ErasureRecord erasure;
        try
        {
            erasure = await erasures.EraseAsync(customerId, http.User.FindFirstValue(GridClaims.Subject) ?? "");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return RetryLater.Unavailable(http.Response, "The erasure could not be completed", "Part of it may be done; erasing again completes it.");
        }

        return TypedResults.Accepted((string?)null, erasure);
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
