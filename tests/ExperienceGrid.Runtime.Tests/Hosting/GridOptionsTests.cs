using ExperienceGrid.Runtime.Hosting;
using ExperienceGrid.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Runtime.Tests.Hosting;

public sealed class GridOptionsTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        var options = new GridOptions();

        Assert.True(new GridOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(("./data", 64, 1000), (options.DataDirectory, options.PartitionCount, options.PageSize));
        Assert.Equal(TimeSpan.FromMinutes(15), options.IdleDeactivationAge);
        Assert.Equal(TimeSpan.FromSeconds(1), options.ReminderPollInterval);
    }

    [Fact]
    public void Invalid_values_are_reported_with_their_limits()
    {
        var result = new GridOptionsValidator().Validate(null, new GridOptions
        {
            PartitionCount = 0,
            PageSize = 0,
            DataDirectory = " ",
            IdleDeactivationAge = TimeSpan.Zero,
            ReminderPollInterval = TimeSpan.FromHours(2),
        });

        Assert.True(result.Failed);
        Assert.Contains("PartitionCount is 0; it must be between 1 and 4096", result.Failures!);
        Assert.Contains("PageSize is 0; it must be between 1 and 100000", result.Failures!);
        Assert.Contains("DataDirectory is empty; it must name a folder for grid.db", result.Failures!);
        Assert.Contains(result.Failures!, f => f.StartsWith("IdleDeactivationAge is 00:00:00", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("ReminderPollInterval is 02:00:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Host_refuses_to_start_with_invalid_options_and_AddGrid_is_idempotent()
    {
        using var directory = new TempDirectory();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Grid:DataDirectory"] = directory.Path,
            ["Grid:PartitionCount"] = "5000",
        });
        builder.Services.AddGrid(builder.Configuration).AddGrid(builder.Configuration);
        Assert.Single(builder.Services, d => d.ServiceType == typeof(IHostedService));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("PartitionCount is 5000; it must be between 1 and 4096", error.Failures);
    }
}
