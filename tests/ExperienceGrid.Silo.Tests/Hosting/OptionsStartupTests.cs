using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hosting;

public sealed class OptionsStartupTests : IDisposable
{
    private readonly string _folder = TempFolder.Create("eg-options");

    public void Dispose() => TempFolder.Delete(_folder);

    [Theory]
    [InlineData("--Grid:RememberedEventIds", "0", "Invalid Grid configuration: RememberedEventIds is 0; it must be between 1 and 65536")]
    [InlineData("--Auth:RecentVisitWindow", "-01:00:00", "Invalid Auth configuration: Auth:RecentVisitWindow is -01:00:00; it must be between 00:00:00 and 30.00:00:00")]
    [InlineData("--Grid:Role", "frontend", "Invalid Grid configuration: Role is Frontend but Redis is not set; a front end serves a cluster: give it the cluster's Redis (Grid:Redis) and ClusterId")]
    [InlineData("--Grid:FrontendJoinTimeout", "00:00:00", "Invalid Grid configuration: FrontendJoinTimeout is 00:00:00; it must be greater than 00:00:00 and at most 01:00:00")]
    [InlineData("--Privacy:RetainInactiveGuests", "12:00:00", "Invalid Privacy configuration: Privacy:RetainInactiveGuests is 12:00:00; it must be 00:00:00 (off) or between 1.00:00:00 and 36500.00:00:00")]
    [InlineData("--Grid:SiloPort", "eleven", "Invalid configuration: Failed to convert configuration value 'eleven' at 'Grid:SiloPort'")]
    public async Task A_bad_setting_stops_the_silo_with_exit_code_1_and_one_line_naming_it(string setting, string value, string line)
    {
        using var silo = SiloProcess.Start("--urls", $"http://127.0.0.1:{SiloProcess.FreePort()}", "--data-dir", _folder, setting, value);

        Assert.Equal(1, await silo.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.StartsWith(line, Assert.Single(silo.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.DoesNotContain("   at ", silo.Output);
    }
}
