using System.Text.Json;
using System.Text.RegularExpressions;
using ExperienceGrid.LoadGenerator.Reporting;

namespace ExperienceGrid.LoadGenerator.Tests.Reporting;

public sealed partial class ReportWriterTests
{
    [Fact]
    public void Json_report_holds_rates_percentiles_errors_correctness_and_faults()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.ToJson(SampleReport.Create()));
        var run = json.RootElement.GetProperty("runs")[0];

        Assert.Equal(500, run.GetProperty("offeredRate").GetDouble());
        Assert.Equal(481.9, run.GetProperty("achievedRate").GetDouble());
        Assert.Equal(900, run.GetProperty("http").GetProperty("p99").GetDouble());
        Assert.Equal(99, run.GetProperty("push").GetProperty("p99").GetDouble());
        Assert.Equal(42, run.GetProperty("errors").GetProperty("connect ConnectionRefused").GetInt64());
        Assert.Equal((0, 0, true), (run.GetProperty("correctness").GetProperty("lost").GetInt32(), run.GetProperty("correctness").GetProperty("duplicated").GetInt32(), run.GetProperty("correctness").GetProperty("passed").GetBoolean()));
        Assert.Equal(["kill silo 2", "start silo 2"], run.GetProperty("faults").EnumerateArray().Select(f => f.GetProperty("label").GetString()));
        Assert.Equal(40, run.GetProperty("httpTimeline").GetArrayLength());
    }

    [Fact]
    public void Html_report_is_self_contained_with_three_charts_per_run_and_the_fault_moments()
    {
        var html = HtmlReportWriter.ToHtml(SampleReport.Create());

        Assert.DoesNotMatch(ExternalResource(), html);
        Assert.Equal(["run1-http", "run1-push", "run1-rate"], ChartContainer().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("kill silo 2", html);
        Assert.Contains("http 503 &lt;retry&gt;", html);           // encoded in the table
        Assert.DoesNotContain("<retry>", html);                       // and in the embedded data
        Assert.Contains("lost 0, duplicated 0", html);
    }

    [GeneratedRegex("""<(script|link|img)[^>]+(src|href)=|url\(|https?://(?!127\.0\.0\.1|www\.w3\.org/2000/svg)""")]
    private static partial Regex ExternalResource();

    [GeneratedRegex("""<div class="chart" data-chart="([^"]+)">""")]
    private static partial Regex ChartContainer();
}
