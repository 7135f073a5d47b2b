using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Ingestion;

namespace ExperienceGrid.Silo.Alerts;

/// <summary>
/// Staff acting on a nudge: records the chain's first care kind (e.g. <c>care.offered</c>) on the guest through
/// its customer grain, with an id derived from the nudge so a repeated tap is a duplicate. The model decides whether it
/// came in time; the nudge leaves the floor when it has.
/// </summary>
public sealed class NudgeCare(ChainConfig chain, IGrainFactory grains, TimeProvider clock)
{
    /// <summary>Null when accepted; otherwise why not, for the caller to show.</summary>
    public async Task<string?> OfferAsync(UserScope user, string venueId, string nudgeId, string? offer, CancellationToken ct)
    {
        // The offer is stored as an attribute of the care touchpoint, so it keeps to what ingestion accepts there.
        if (string.IsNullOrWhiteSpace(offer) || offer.Length > TouchpointLimits.MaxAttributeValueLength || TouchpointLimits.HasControl(offer))
        {
            return $"offer is required, at most {TouchpointLimits.MaxAttributeValueLength} characters and without control characters: say what was offered";
        }

        if (!chain.TryGetVenue(venueId, out _) || !user.CanSee(venueId))
        {
            return $"{user.User} may not act on nudges of venue '{venueId}'.";
        }

        var nudges = await grains.GetGrain<IVenueGrain>(venueId).GetFloorNudges();
        if (nudges.FirstOrDefault(n => n.NudgeId == nudgeId) is not { } nudge)
        {
            return $"There is no open nudge '{nudgeId}' at '{venueId}'.";
        }

        var now = clock.GetUtcNow();
        if (now >= nudge.MiseryAt)
        {
            return "Too late for this nudge: the wait has reached its misery time. If the guest is unhappy, an alert follows.";
        }

        var eventId = $"{nudgeId}/care";
        var attributes = new Dictionary<string, string> { ["nudgeId"] = nudgeId, ["offer"] = offer.Trim() };
        var care = new Touchpoint(eventId, nudge.CustomerId, venueId, chain.Nudges.CareKinds[0], now,
            Zone: nudge.Zone, StaffId: user.User, Attributes: attributes);
        try
        {
            await grains.GetGrain<ICustomerGrain>(nudge.CustomerId).Record([care]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return "The guest's record could not be stored; nothing was accepted, retry.";
        }

        return null;
    }
}
