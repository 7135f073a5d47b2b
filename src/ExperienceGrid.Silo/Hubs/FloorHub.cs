using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>
/// Floor staff: join a venue (and zone) they may see, get its open alerts, claim and resolve them, and act on
/// nudges before a wait turns to misery.
/// Pushes come from the grains through <see cref="VenueFeed"/>; commands reach the venue grain through <see cref="AlertCommands"/>.
/// </summary>
[Authorize]
public sealed class FloorHub(VenueAccess access, ChainConfig chain, IGrainFactory grains, AlertCommands commands, NudgeCare care)
    : Hub<IFloorClient>
{
    /// <summary>Joins the venue's (or zone's) group and returns its open alerts, highest priority first.</summary>
    public async Task<IReadOnlyList<FloorAlert>> JoinVenue(string? venueId, string? zone)
    {
        var user = Scope();
        venueId = HubArguments.Id(venueId, "venueId");
        zone = HubArguments.OptionalId(zone, "zone");
        if (!chain.TryGetVenue(venueId, out var venue))
        {
            throw new HubException($"There is no venue '{venueId}'.");
        }

        if (!user.CanSee(venueId))
        {
            throw new HubException($"{user.User} may not join venue '{venueId}'.");
        }

        if (zone is not null && !venue.Zones.Contains(zone))
        {
            throw new HubException($"Venue '{venueId}' has no zone '{zone}'.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, zone is null ? FloorGroups.Venue(venueId) : FloorGroups.Zone(venueId, zone));
        await Groups.AddToGroupAsync(Context.ConnectionId, FloorGroups.Person(venueId, user.User));
        if (user.IsManager)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, FloorGroups.Managers(venueId));
        }

        var open = await grains.GetGrain<IVenueGrain>(venueId).GetFloorAlerts();
        return zone is null ? open : [.. open.Where(a => a.Zone is null || a.Zone == zone)];
    }

    /// <summary>The venue's (or zone's) open nudges, the soonest to turn to misery first.</summary>
    public async Task<IReadOnlyList<FloorNudge>> VenueNudges(string? venueId, string? zone)
    {
        var user = Scope();
        venueId = HubArguments.Id(venueId, "venueId");
        if (!chain.TryGetVenue(venueId, out _) || !user.CanSee(venueId))
        {
            throw new HubException($"{user.User} may not see venue '{venueId}'.");
        }

        var open = await grains.GetGrain<IVenueGrain>(venueId).GetFloorNudges();
        return zone is null ? open : [.. open.Where(n => n.Zone is null || n.Zone == zone)];
    }

    /// <summary>Records the care offered on the guest; everyone in the venue then receives <c>nudgeClosed</c> (answered).</summary>
    public async Task OfferCare(string? venueId, string? nudgeId, string? offer)
    {
        var user = Scope();
        venueId = HubArguments.Id(venueId, "venueId");
        nudgeId = HubArguments.Key(nudgeId, "nudgeId");
        if (await care.OfferAsync(user, venueId, nudgeId, offer, Context.ConnectionAborted) is { } refused)
        {
            throw new HubException(refused);
        }
    }

    public async Task LeaveVenue(string? venueId, string? zone)
    {
        venueId = HubArguments.Id(venueId, "venueId");
        zone = HubArguments.OptionalId(zone, "zone");
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, zone is null ? FloorGroups.Venue(venueId) : FloorGroups.Zone(venueId, zone));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, FloorGroups.Managers(venueId));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, FloorGroups.Person(venueId, Scope().User));
    }

    /// <summary>Accepted once durable; everyone in the venue then receives <c>alertUpdated</c>.</summary>
    public async Task ClaimAlert(string? alertId) =>
        Check(await commands.ClaimAsync(Scope(), HubArguments.Id(alertId, "alertId"), Context.ConnectionAborted));

    /// <summary>Accepted once durable; everyone in the venue then receives <c>alertClosed</c>.</summary>
    public async Task ResolveAlert(string? alertId, string? action, string? note)
    {
        var user = Scope();
        alertId = HubArguments.Id(alertId, "alertId");
        HubArguments.WellFormed(action, "action");
        HubArguments.WellFormed(note, "note");
        Check(await commands.ResolveAsync(user, alertId, action, playbook: null, note, Context.ConnectionAborted));
    }

    private UserScope Scope() => access.ScopeOf(Context.User) ?? throw new HubException("Sign in first.");

    private static void Check(AlertCommandResult result)
    {
        if (result.Outcome != AlertCommandOutcome.Accepted)
        {
            throw new HubException(result.Message);
        }
    }
}
