using ExperienceGrid.Silo.Tests.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Tests.Hostile;

/// <summary>Every case of <see cref="HostileHubCases"/> through the .NET SignalR client, as a chain manager.</summary>
public sealed class HostileHubTests(ProductionSilo silo) : IClassFixture<ProductionSilo>
{
    [Theory]
    [MemberData(nameof(HostileHubCases.Names), MemberType = typeof(HostileHubCases))]
    public async Task A_junk_hub_argument_is_refused_by_name_the_connection_stays_usable_and_nothing_is_logged_as_an_error(string name)
    {
        var (method, arguments, refusal) = HostileHubCases.All[name];
        var errorsBefore = silo.Logs.Errors.Count;
        await using var client = await HubTestClient.ConnectAsync(new Uri(silo.Factory.ServerAddress, "/hubs/floor"), silo.Token);

        var refused = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync(method, arguments));

        Assert.Contains(refusal, refused.Message, StringComparison.Ordinal);
        var open = await client.InvokeAsync("JoinVenue", HostileHubCases.Venue, null);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, open.ValueKind);
        Assert.Empty(silo.Logs.Errors.Skip(errorsBefore));
    }
}
