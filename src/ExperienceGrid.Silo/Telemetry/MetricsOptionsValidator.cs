using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Telemetry;

/// <summary>Validates <see cref="MetricsOptions"/> at start-up.</summary>
public sealed class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
    public const int MinKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, MetricsOptions options)
    {
        var failures = options.ScrapeKeys
            .Select((key, i) => (key, i))
            .Where(k => k.key.Trim().Length < MinKeyLength)
            .Select(k => $"ScrapeKeys:{k.i} has {k.key.Trim().Length} characters; it must have at least {MinKeyLength}")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
