using Microsoft.AspNetCore.SignalR;
using SignalRHub = Microsoft.AspNetCore.SignalR.Hub; // the test namespace ExperienceGrid.LoadGenerator.Tests.Hub hides the type

namespace ExperienceGrid.LoadGenerator.Tests.Infrastructure;

/// <summary>The floor hub of <see cref="FakeFloorSilo"/>: like the silo's, a user joins only their own, known venue.</summary>
public sealed class FakeFloorHub(FakeFloorSilo silo) : SignalRHub
{
    public async Task<IReadOnlyList<object>> JoinVenue(string venueId, string? zone)
    {
        if (!silo.Knows(venueId))
        {
            throw new HubException($"There is no venue '{venueId}'.");
        }

        var user = Context.User?.Identity?.Name;
        if (user != $"staff.{venueId}")
        {
            throw new HubException($"{user} may not join venue '{venueId}'.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, zone is null ? venueId : $"{venueId}/{zone}");
        silo.Joined(Context, user, venueId);
        return [];
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        silo.Left(Context);
        return base.OnDisconnectedAsync(exception);
    }
}
