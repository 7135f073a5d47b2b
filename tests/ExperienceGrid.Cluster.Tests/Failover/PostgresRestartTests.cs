using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Failover;

public sealed class PostgresRestartTests(ITestOutputHelper output) : ClusterTest(output, "pgrestart", 3)
{
    [Fact]
    public async Task While_PostgreSQL_is_down_ingestion_answers_503_and_silos_recover_by_themselves()
    {
        var load = new LoadDriver(Client, "pgr", customers: 300);
        load.SetSilos(1, 2, 3);
        load.Start();
        await load.WaitForAcceptedAsync(2000, TimeSpan.FromSeconds(60));

        await Cluster.PostgresStopAsync();
        await Eventually.Until(() => Task.FromResult(load.Unavailable), n => n >= 3, TimeSpan.FromSeconds(30), "503 answers with Retry-After");
        var acceptedWhileDown = load.Accepted;
        await Cluster.PostgresStartAsync();

        await load.WaitForAcceptedAsync(2000, TimeSpan.FromSeconds(60));
        await load.StopAsync();
        Output.WriteLine($"{load.Unavailable} answers 503 + Retry-After; {load.Failures} other failures; {acceptedWhileDown} accepted before the restart");
        await ClusterAssert.SettledAsync(Client, 1, [1, 2, 3], Settle);
        await ClusterAssert.AppliedExactlyOnceAsync(Client, 1, load.Expected);
        await AssertNotificationsFlowAsync("pgr", senders: [1], receivers: [1, 2, 3]);
    }
}
