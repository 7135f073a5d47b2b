using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Grid;

namespace ExperienceGrid.Silo.Alerts;

/// <summary>
/// Claim and resolve for the hub and HTTP alike: checks scope and the alert's current state (a direct read),
/// then sends the command to the venue grain, which re-checks the state and writes the change before it answers.
/// </summary>
public sealed class AlertCommands(ChainConfig chain, IGrainFactory grains, GridOutage outage)
{
    public const int MaxActionLength = 500;
    public const int MaxNoteLength = 2000;

    /// <summary>The venue of an alert id ("{venueId}:{sequence}"), or null when it names no venue of the chain.</summary>
    public string? VenueOf(string alertId)
    {
        var separator = alertId.LastIndexOf(':');
        return separator > 0 && chain.TryGetVenue(alertId[..separator], out var venue) ? venue.Id : null;
    }

    public Task<AlertCommandResult> ClaimAsync(UserScope user, string alertId, CancellationToken ct) =>
        SendAsync(user, alertId, new AlertCommand(alertId, AlertCommand.Claim, user.User), ct);

    public Task<AlertCommandResult> ResolveAsync(UserScope user, string alertId, string? action, string? note, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(action))
        {
            return Task.FromResult(new AlertCommandResult(AlertCommandOutcome.Invalid, "action is required: say what was done", Field: "action"));
        }

        if (action.Length > MaxActionLength || note?.Length > MaxNoteLength)
        {
            return Task.FromResult(action.Length > MaxActionLength
                ? new AlertCommandResult(AlertCommandOutcome.Invalid, $"action is longer than {MaxActionLength} characters", Field: "action")
                : new AlertCommandResult(AlertCommandOutcome.Invalid, $"note is longer than {MaxNoteLength} characters", Field: "note"));
        }

        var command = new AlertCommand(alertId, AlertCommand.Resolve, user.User, action.Trim(),
            string.IsNullOrWhiteSpace(note) ? null : note.Trim(), Takeover: user.IsManager);
        return SendAsync(user, alertId, command, ct);
    }

    private async Task<AlertCommandResult> SendAsync(UserScope user, string alertId, AlertCommand command, CancellationToken ct)
    {
        if (VenueOf(alertId) is not { } venueId)
        {
            return new AlertCommandResult(AlertCommandOutcome.NotFound, $"There is no alert '{alertId}'.");
        }

        if (!user.CanSee(venueId))
        {
            return new AlertCommandResult(AlertCommandOutcome.Forbidden, $"{user.User} may not act on alerts of venue '{venueId}'.");
        }

        var venue = grains.GetGrain<IVenueGrain>(venueId);
        var alert = await venue.GetAlert(alertId);
        if (alert is null)
        {
            return new AlertCommandResult(AlertCommandOutcome.NotFound, $"There is no open alert '{alertId}'.");
        }

        if (!AlertStatus.IsOpen(alert.Status))
        {
            return new AlertCommandResult(AlertCommandOutcome.Conflict, $"Alert '{alertId}' is already {alert.Status}.", alert);
        }

        var takenByOther = alert.ClaimedBy is { } owner && owner != user.User;
        if (takenByOther && (command.Kind == AlertCommand.Claim || !command.Takeover))
        {
            return new AlertCommandResult(AlertCommandOutcome.Conflict, $"Alert '{alertId}' is claimed by {alert.ClaimedBy}.", alert);
        }

        try
        {
            if (!await venue.Handle(command))
            {
                return new AlertCommandResult(AlertCommandOutcome.Conflict, $"Alert '{alertId}' changed meanwhile; reload it.", alert);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            outage.Failed(e);
            return new AlertCommandResult(AlertCommandOutcome.Unavailable, "The venue could not store the change; nothing was accepted, retry.");
        }

        return new AlertCommandResult(AlertCommandOutcome.Accepted, $"{command.Kind} of '{alertId}' accepted.", alert);
    }
}
