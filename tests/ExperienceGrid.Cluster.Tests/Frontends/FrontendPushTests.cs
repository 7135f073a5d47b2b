using System.Net;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Frontends;

/// <summary>Two silos and two front ends (Orleans clients without grains): the front ends' hubs get the silos' pushes through the backplane.</summary>
public sealed class FrontendPushTests(ITestOutputHelper output) : ClusterTest(output, "frontends", 2, frontends: 2)
{
    private static readonly TimeSpan _alertTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task An_event_posted_to_one_front_end_raises_an_alert_on_a_floor_client_of_the_other()
    {
        var venue = Venues[0];
        var (a, b) = (Cluster.FrontendUrl(1), Cluster.FrontendUrl(2));
        await using var staff = await FloorClient.ConnectAsync(b, await Client.SignInAsync(b, $"staff.{venue}"));
        Assert.Equal(0, await staff.JoinVenueAsync(venue));

        await PostAtRiskAsync(a, "fe-a-0", venue);
        var alert = await staff.WaitForAsync("alertRaised", p => p.GetProperty("customerId").GetString() == "fe-a-0", _alertTimeout);
        Assert.Equal(venue, alert.VenueId);

        // The grains live on the silos only: the cluster's members are the two silos, the front ends are clients.
        var cluster = await Client.ClusterAsync(1);
        Assert.Equal([1, 2], cluster.Silos.Select(s => s.Index).Order());
        Assert.True(cluster.Silos.Sum(s => s.Activations) > 0, cluster.ToString());
        Assert.Single(staff.Received, p => p.Event == "alertRaised");
    }

    [Fact]
    public async Task A_floor_client_of_a_killed_front_end_reconnects_to_the_other_and_gets_alerts_again()
    {
        var venue = Venues[1];
        var (a, b) = (Cluster.FrontendUrl(1), Cluster.FrontendUrl(2));
        var staffUser = $"staff.{venue}";
        var first = await FloorClient.ConnectAsync(a, await Client.SignInAsync(a, staffUser));
        await using (first)
        {
            await first.JoinVenueAsync(venue);
            await PostAtRiskAsync(b, "fe-k-0", venue);
            await first.WaitForAsync("alertRaised", p => p.GetProperty("customerId").GetString() == "fe-k-0", _alertTimeout);

            await Cluster.KillFrontendAsync(1);
            await first.WaitForClosedAsync(TimeSpan.FromSeconds(30));
        }

        // What the floor page does when its front end is gone: connect to the other one (a load balancer's job here)
        // and rejoin; the alert raised before is still open, and new ones arrive.
        await using var again = await FloorClient.ConnectAsync(b, await Client.SignInAsync(b, staffUser));
        Assert.Equal(1, await again.JoinVenueAsync(venue));
        await PostAtRiskAsync(b, "fe-k-1", venue);
        await again.WaitForAsync("alertRaised", p => p.GetProperty("customerId").GetString() == "fe-k-1", _alertTimeout);
    }

    private async Task PostAtRiskAsync(string frontend, string guest, string venue)
    {
        using var response = await Client.IngestAsync(frontend, Touchpoints.AtRisk(guest, venue).ToJsonString());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
