using Microsoft.Extensions.Options;

namespace ExperienceGrid.Runtime.Membership;

/// <summary>Validates <see cref="ClusterOptions"/> at start-up (cluster mode only).</summary>
public sealed class ClusterOptionsValidator : IValidateOptions<ClusterOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ClusterOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("ConnectionStrings:Grid is empty; it must be a PostgreSQL connection string when Grid:Store is postgres");
        }

        if (options.BalanceInterval < TimeSpan.FromMilliseconds(50) || options.BalanceInterval > TimeSpan.FromSeconds(10))
        {
            failures.Add($"Cluster:BalanceInterval is {options.BalanceInterval}; it must be between 00:00:00.05 and 00:00:10");
        }

        if (options.SiloExpiry < TimeSpan.FromSeconds(1) || options.SiloExpiry > TimeSpan.FromMinutes(5)
            || options.SiloExpiry <= options.BalanceInterval * 4)
        {
            failures.Add($"Cluster:SiloExpiry is {options.SiloExpiry}; it must be between 00:00:01 and 00:05:00 and more than 4 times Cluster:BalanceInterval");
        }

        if (options.SiloId.Length > 200)
        {
            failures.Add($"Cluster:SiloId has {options.SiloId.Length} characters; it must have at most 200");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
