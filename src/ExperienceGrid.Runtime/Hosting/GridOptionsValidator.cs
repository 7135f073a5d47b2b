using Microsoft.Extensions.Options;

namespace ExperienceGrid.Runtime.Hosting;

/// <summary>Validates <see cref="GridOptions"/> at start-up.</summary>
public sealed class GridOptionsValidator : IValidateOptions<GridOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, GridOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("DataDirectory is empty; it must name a folder for grid.db");
        }

        Range(failures, nameof(options.PartitionCount), options.PartitionCount, 1, 4096);
        Range(failures, nameof(options.PageSize), options.PageSize, 1, 100_000);
        Positive(failures, nameof(options.IdleDeactivationAge), options.IdleDeactivationAge, TimeSpan.FromDays(365));
        Positive(failures, nameof(options.ReminderPollInterval), options.ReminderPollInterval, TimeSpan.FromHours(1));
        Positive(failures, nameof(options.ConsumerPollInterval), options.ConsumerPollInterval, TimeSpan.FromMinutes(1));
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
