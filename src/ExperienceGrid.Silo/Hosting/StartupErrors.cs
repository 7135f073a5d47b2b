using ExperienceGrid.Domain.Configuration;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Hosting;

/// <summary>Configuration errors found at start, as the lines the silo prints on stderr before it exits with 1.</summary>
public static class StartupErrors
{
    /// <summary>
    /// One line per error (no stack trace); null for anything that is not a configuration error. Only for exceptions
    /// from building the host and validating its options, where a conversion failure can only be a setting's value.
    /// </summary>
    public static string? LinesOf(Exception exception) => exception switch
    {
        InvalidOperationException { InnerException: FormatException or OverflowException or ArgumentException } unconvertible =>
            $"Invalid configuration: {unconvertible.Message}",
        OptionsValidationException invalid => $"Invalid {Section(invalid.OptionsType)} configuration: {string.Join("; ", invalid.Failures)}",
        ChainConfigException chain => $"The chain configuration is invalid: {string.Join("; ", chain.Problems)}",
        AggregateException { InnerExceptions: var inner } when inner.Count > 0 && inner.All(e => LinesOf(e) is not null) =>
            string.Join(Environment.NewLine, inner.Select(LinesOf)),
        _ => null,
    };

    private static string Section(Type options) =>
        options.Name.EndsWith("Options", StringComparison.Ordinal) ? options.Name[..^"Options".Length] : options.Name;
}
