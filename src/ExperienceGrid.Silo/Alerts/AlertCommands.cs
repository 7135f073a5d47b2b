using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Runtime;
using ExperienceGrid.Silo.Auth;

namespace ExperienceGrid.Silo.Alerts;

/// <summary>
/// Claim and resolve for the hub and HTTP alike: checks scope and the alert's current state (a direct read),
/// then journals the command to the venue grain, which applies it exactly once (and re-checks the state).
/// </summary>
public sealed class AlertCommands(ChainConfig chain, IGrainFactory grains, IJournalWriter journal)
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
        SendAsync(user, alertId, new AlertCommand($"{alertId}/claim/{user.User}", alertId, AlertCommand.Claim, user.User), ct);

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

        var command = new AlertCommand($"{alertId}/resolve", alertId, AlertCommand.Resolve, user.User, action.Trim(),
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

        var alert = await grains.GetGrain<IVenueGrain>(venueId).GetAlert(alertId);
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
            await journal.AppendAsync([journal.Envelope<IVenueGrain, AlertCommand>(venueId, command, command.CommandId)], ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new AlertCommandResult(AlertCommandOutcome.Unavailable, "The journal is unavailable; nothing was accepted, retry.");
        }

        return new AlertCommandResult(AlertCommandOutcome.Accepted, $"{command.Kind} of '{alertId}' accepted.", alert);
    }
}
