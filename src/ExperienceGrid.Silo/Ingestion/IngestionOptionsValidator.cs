using ExperienceGrid.Domain.Configuration;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Ingestion;

public sealed class IngestionOptionsValidator(ChainConfig chain) : IValidateOptions<IngestionOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestionOptions options)
    {
        List<string> problems = [];
        if (options.ApiKeys.Any(string.IsNullOrEmpty))
        {
            problems.Add("Ingestion:ApiKeys has an empty key");
        }

        for (var i = 0; i < options.VenueKeys.Count; i++)
        {
            var key = options.VenueKeys[i];
            if (string.IsNullOrEmpty(key.Key))
            {
                problems.Add($"Ingestion:VenueKeys:{i}:Key is empty");
            }

            if (key.Venues.Count == 0)
            {
                problems.Add($"Ingestion:VenueKeys:{i}:Venues is empty; name the venues the key may post for");
            }

            problems.AddRange(key.Venues.Where(v => !chain.TryGetVenue(v, out _)).Select(v => $"Ingestion:VenueKeys:{i}:Venues names unknown venue '{v}'"));
        }

        var keys = options.ApiKeys.Concat(options.VenueKeys.Select(k => k.Key)).Where(k => k.Length > 0).ToList();
        if (keys.Count != keys.Distinct(StringComparer.Ordinal).Count())
        {
            problems.Add("Ingestion:ApiKeys and Ingestion:VenueKeys name the same key twice; each key must be configured once");
        }

        if (options.MaxBodyBytes < 1)
        {
            problems.Add($"Ingestion:MaxBodyBytes is {options.MaxBodyBytes}; it must be positive");
        }

        if (options.MaxBatchSize < 1)
        {
            problems.Add($"Ingestion:MaxBatchSize is {options.MaxBatchSize}; it must be positive");
        }

        if (options.RequestsPerKey < 1)
        {
            problems.Add($"Ingestion:RequestsPerKey is {options.RequestsPerKey}; it must be positive");
        }

        if (options.RequestWindow <= TimeSpan.Zero)
        {
            problems.Add($"Ingestion:RequestWindow is {options.RequestWindow}; it must be positive");
        }

        if (options.MaxEventAge <= TimeSpan.Zero)
        {
            problems.Add($"Ingestion:MaxEventAge is {options.MaxEventAge}; it must be positive");
        }

        return problems.Count > 0 ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
