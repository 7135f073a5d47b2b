using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Grid;

public sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        List<string> problems = [];
        if (options.VenueUpdateInterval < TimeSpan.FromMilliseconds(50) || options.VenueUpdateInterval > TimeSpan.FromMinutes(1))
        {
            problems.Add($"Dashboard:VenueUpdateInterval is {options.VenueUpdateInterval}; it must be between 00:00:00.05 and 00:01:00");
        }

        if (options.ChainUpdateInterval < options.VenueUpdateInterval || options.ChainUpdateInterval > TimeSpan.FromMinutes(5))
        {
            problems.Add($"Dashboard:ChainUpdateInterval is {options.ChainUpdateInterval}; it must be at least Dashboard:VenueUpdateInterval and at most 00:05:00");
        }

        return problems.Count > 0 ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
