using ExperienceGrid.Domain.Configuration;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Alerts;

public sealed class AlertOptionsValidator(ChainConfig chain) : IValidateOptions<AlertOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        List<string> problems = [];
        if (options.ClaimTimeout <= TimeSpan.Zero || options.ClaimTimeout > TimeSpan.FromDays(1))
        {
            problems.Add($"Alerts:ClaimTimeout is {options.ClaimTimeout}; it must be above 00:00:00 and at most 1.00:00:00");
        }

        if (!chain.TryGetTouchpoint(options.RecoveryTouchpoint, out var touchpoint) || !touchpoint.IsRecovery)
        {
            problems.Add($"Alerts:RecoveryTouchpoint is '{options.RecoveryTouchpoint}'; it must be a recovery touchpoint of the chain's catalog");
        }

        return problems.Count > 0 ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
