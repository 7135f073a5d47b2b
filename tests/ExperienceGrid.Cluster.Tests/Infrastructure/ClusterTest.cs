using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>
/// Base of the multi-silo tests (our Orleans.TestingHost): a private PostgreSQL and N silo processes started by
/// scripts/cluster.sh, torn down by pid afterwards. Silo logs are appended to failure messages.
/// </summary>
public abstract class ClusterTest(ITestOutputHelper output, string name, int silos) : IAsyncLifetime
{
    protected ITestOutputHelper Output { get; } = output;

    protected ClusterScript Cluster { get; } = new(name);

    protected ClusterClient Client { get; private set; } = null!;

    protected static TimeSpan Settle => TimeSpan.FromSeconds(90);

    public async Task InitializeAsync()
    {
        Client = new ClusterClient(Cluster);
        await Cluster.UpAsync(silos);
        await ClusterAssert.SettledAsync(Client, 1, [.. Enumerable.Range(1, silos)], Settle);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Cluster.DisposeAsync();
    }

    /// <summary>
    /// Sends <paramref name="events"/> touchpoints for a fresh customer through each of <paramref name="senders"/>
    /// and waits until the notification bus of every silo in <paramref name="receivers"/> delivered exactly that many
    /// moments for it (the owner delivers locally, the others through the backplane; self-echoes are dropped).
    /// </summary>
    protected async Task<string[]> AssertNotificationsFlowAsync(string prefix, int[] senders, int[] receivers, int events = 3)
    {
        var probes = new List<string>();
        foreach (var sender in senders)
        {
            var customer = $"{prefix}-probe-{sender}-{Guid.NewGuid():N}"[..(prefix.Length + 16)];
            for (var i = 0; i < events; i++)
            {
                using var response = await Client.IngestAsync(sender, [ClusterClient.Touchpoint($"{customer}-e{i}", customer, ClusterClient.ProbeVenue)]);
                Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
            }

            probes.Add(customer);
        }

        foreach (var customer in probes)
        {
            foreach (var receiver in receivers)
            {
                await Eventually.Until(() => Client.DeliveredMomentsAsync(receiver, customer), n => n >= events, TimeSpan.FromSeconds(20),
                    $"silo {receiver} to receive {events} moments of {customer}");
            }
        }

        return [.. probes];
    }

    /// <summary>After more time has passed: still exactly <paramref name="events"/> per probe on every receiver (no echo duplicates).</summary>
    protected async Task AssertNoDuplicateNotificationsAsync(string[] probes, int[] receivers, int events = 3)
    {
        foreach (var customer in probes)
        {
            foreach (var receiver in receivers)
            {
                Assert.Equal(events, await Client.DeliveredMomentsAsync(receiver, customer));
            }
        }
    }

    protected string Logs(params int[] silos) => string.Join("\n", silos.Select(s => $"--- silo {s}\n{Cluster.SiloLog(s)}"));
}
