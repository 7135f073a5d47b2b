using ExperienceGrid.Persistence.Sqlite.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Persistence.Sqlite.Tests.Hosting;

public sealed class SqliteStorageOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        var options = new SqliteStorageOptions();

        Assert.True(new SqliteStorageOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal("./data/grid.db", options.DatabasePath);
        Assert.Equal(1000, options.MaxBatchSize);
        Assert.Null(options.GrainStorageSerializer);
    }

    [Theory]
    [InlineData("", 10, "DatabasePath is empty; it must name the SQLite file")]
    [InlineData("grid.db", 0, "MaxBatchSize is 0; it must be between 1 and 100000")]
    [InlineData("grid.db", 100_001, "MaxBatchSize is 100001; it must be between 1 and 100000")]
    public void Invalid_options_are_named_with_their_value_and_rule(string path, int maxBatchSize, string message)
    {
        var result = new SqliteStorageOptionsValidator().Validate(null, new SqliteStorageOptions { DatabasePath = path, MaxBatchSize = maxBatchSize });

        Assert.True(result.Failed);
        Assert.Contains(message, result.Failures!);
    }

    [Fact]
    public void The_registered_validator_guards_the_named_options()
    {
        var services = new ServiceCollection();
        services.AddSqliteGrainStorage("bad", options => options.DatabasePath = " ");
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<SqliteStorageOptions>>().Get("bad"));

        Assert.Contains("DatabasePath is empty; it must name the SQLite file", failure.Failures);
    }
}
