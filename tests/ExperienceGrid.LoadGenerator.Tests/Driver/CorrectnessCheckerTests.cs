using System.Net;
using ExperienceGrid.LoadGenerator.Correctness;
using ExperienceGrid.LoadGenerator.Http;
using ExperienceGrid.LoadGenerator.Tests.Infrastructure;

namespace ExperienceGrid.LoadGenerator.Tests.Driver;

public sealed class CorrectnessCheckerTests
{
    [Fact]
    public async Task Counts_lost_and_duplicated_touchpoints_per_customer()
    {
        var silo = new FakeSilo();
        silo.Counts["c-ok"] = 5;
        silo.Counts["c-short"] = 3;
        silo.Counts["c-twice"] = 9;
        var clock = new ManualTimeProvider();
        var checker = new CorrectnessChecker(new HttpClient(silo), new TargetPool([new Uri("http://silo")], clock), clock, "chain.manager", "demo");
        ExpectedCount[] expected = [new("c-ok", 5, 5), new("c-short", 5, 5), new("c-twice", 7, 7), new("c-unknown", 2, 2)];

        var result = await checker.CheckAsync(expected, TimeSpan.Zero, null, CancellationToken.None);

        Assert.Equal((4, 2L + 2L, 2L, false, false), (result.Customers, result.Lost, result.Duplicated, result.CaughtUp, result.Passed));
        Assert.Equal(["c-short", "c-twice", "c-unknown"], result.Mismatches.Select(m => m.CustomerId));
        Assert.Equal(["chain.manager"], silo.SignIns);
    }

    [Fact]
    public async Task A_refused_sign_in_fails_the_check_naming_the_reader()
    {
        var silo = new FakeSilo { SignInStatus = HttpStatusCode.Unauthorized };
        var clock = new ManualTimeProvider();
        var checker = new CorrectnessChecker(new HttpClient(silo), new TargetPool([new Uri("http://silo")], clock), clock, "auditor", "wrong");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => checker.CheckAsync([new ExpectedCount("c-1", 1, 1)], TimeSpan.Zero, null, CancellationToken.None));

        Assert.Contains("'auditor'", refused.Message);
        Assert.Contains("401", refused.Message);
    }

    [Fact]
    public async Task An_abandoned_batch_may_or_may_not_have_been_applied()
    {
        var silo = new FakeSilo();
        silo.Counts["c-1"] = 6;
        var clock = new ManualTimeProvider();
        var checker = new CorrectnessChecker(new HttpClient(silo), new TargetPool([new Uri("http://silo")], clock), clock, "chain.manager", "demo");

        var result = await checker.CheckAsync([new ExpectedCount("c-1", 4, 6)], TimeSpan.Zero, null, CancellationToken.None);

        Assert.True(result.Passed);
        Assert.Equal(6, result.Applied);
    }
}
