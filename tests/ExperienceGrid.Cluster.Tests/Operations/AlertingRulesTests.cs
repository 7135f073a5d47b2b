using ExperienceGrid.Cluster.Tests.Infrastructure;

namespace ExperienceGrid.Cluster.Tests.Operations;

/// <summary>
/// deploy/prometheus/rules.yml, the on-call's alerts, as Prometheus' own promtool reads them: valid, and each alert
/// firing on the series it is about and not before its time (rules.test.yml).
/// </summary>
public sealed class AlertingRulesTests
{
    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(1);
    private static readonly string _rules = Path.Combine(Repository.Root, "deploy", "prometheus");

    [Fact]
    public async Task Promtool_accepts_the_rules_file_with_its_five_alerts()
    {
        var result = await ToolProcess.RunAsync("promtool", ["check", "rules", Path.Combine(_rules, "rules.yml")], _timeout);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("SUCCESS: 5 rules found", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_alert_fires_on_its_series_as_the_rule_unit_tests_expect()
    {
        var result = await ToolProcess.RunAsync("promtool", ["test", "rules", Path.Combine(_rules, "rules.test.yml")], _timeout);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
    }
}
