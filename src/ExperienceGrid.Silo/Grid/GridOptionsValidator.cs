using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Grid;

/// <summary>Validates <see cref="GridOptions"/> at start-up.</summary>
public sealed class GridOptionsValidator : IValidateOptions<GridOptions>
{
    public ValidateOptionsResult Validate(string? name, GridOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("DataDirectory is empty; it must name a folder for grid.db");
        }

        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            failures.Add("ClusterId is empty; it must name the cluster");
        }

        if (options.Role == GridRole.Frontend && string.IsNullOrWhiteSpace(options.Redis))
        {
            failures.Add("Role is Frontend but Redis is not set; a front end serves a cluster: give it the cluster's Redis (Grid:Redis) and ClusterId");
        }

        Range(failures, nameof(options.SiloPort), options.SiloPort, 1, 65535);
        Range(failures, nameof(options.GatewayPort), options.GatewayPort, 0, 65535);
        Range(failures, nameof(options.RememberedEventIds), options.RememberedEventIds, 1, 65536);
        Positive(failures, nameof(options.IdleDeactivationAge), options.IdleDeactivationAge, TimeSpan.FromDays(365));
        Positive(failures, nameof(options.VenueWriteInterval), options.VenueWriteInterval, TimeSpan.FromMinutes(1));
        Positive(failures, nameof(options.DeliveryRetryInterval), options.DeliveryRetryInterval, TimeSpan.FromMinutes(1));
        Positive(failures, nameof(options.DeliveryMemory), options.DeliveryMemory, TimeSpan.FromDays(365));
        Positive(failures, nameof(options.FrontendJoinTimeout), options.FrontendJoinTimeout, TimeSpan.FromHours(1));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{name} is {value}; it must be between {min} and {max}");
        }
    }

    private static void Positive(List<string> failures, string name, TimeSpan value, TimeSpan max)
    {
        if (value <= TimeSpan.Zero || value > max)
        {
            failures.Add($"{name} is {value}; it must be greater than 00:00:00 and at most {max}");
        }
    }
}
