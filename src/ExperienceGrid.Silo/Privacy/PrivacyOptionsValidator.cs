using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Privacy;

public sealed class PrivacyOptionsValidator : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        var retention = options.RetainInactiveGuests;
        return retention == TimeSpan.Zero || (retention >= TimeSpan.FromDays(1) && retention <= PrivacyOptions.MaxRetention)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Privacy:RetainInactiveGuests is {retention}; it must be 00:00:00 (off) or between 1.00:00:00 and {PrivacyOptions.MaxRetention}");
    }
}
