using Microsoft.Extensions.Options;

namespace ExperienceGrid.Persistence.Sqlite;

/// <summary>Validates <see cref="SqliteStorageOptions"/>; failures name the option, its value and the rule.</summary>
public sealed class SqliteStorageOptionsValidator : IValidateOptions<SqliteStorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            failures.Add("DatabasePath is empty; it must name the SQLite file");
        }
        else if (options.DatabasePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"DatabasePath '{options.DatabasePath}' contains invalid path characters; it must name the SQLite file");
        }

        if (options.MaxBatchSize is < 1 or > SqliteStorageOptions.MaxBatchSizeLimit)
        {
            failures.Add($"MaxBatchSize is {options.MaxBatchSize}; it must be between 1 and {SqliteStorageOptions.MaxBatchSizeLimit}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
