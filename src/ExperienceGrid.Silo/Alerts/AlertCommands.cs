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
        SendAsync(user, alertId, _ => new AlertCommand(alertId, AlertCommand.Claim, user.User), ct);

    /// <summary>
    /// Resolves with what was done: free text (<paramref name="action"/>) or the card's playbook action number
    /// <paramref name="playbook"/> (from 0), recorded for coaching.
    /// </summary>
    public Task<AlertCommandResult> ResolveAsync(UserScope user, string alertId, string? action, int? playbook, string? note, CancellationToken ct)
    {
        var problem = (action, playbook) switch
        {
            ({ } text, not null) when !string.IsNullOrWhiteSpace(text) => Invalid("give either action (what was done, in words) or playbook (the number of the card's action), not both", "playbook"),
            (var text, null) when string.IsNullOrWhiteSpace(text) => Invalid("action is required: say what was done, or give playbook, the number of the card's action", "action"),
            ({ Length: > MaxActionLength }, _) => Invalid($"action is longer than {MaxActionLength} characters", "action"),
            _ when note?.Length > MaxNoteLength => Invalid($"note is longer than {MaxNoteLength} characters", "note"),
            _ => null,
        };
        if (problem is not null)
        {
            return Task.FromResult(problem);
        }

        var written = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return SendAsync(user, alertId, alert =>
        {
            var taken = playbook is { } number ? (number < alert.Actions.Count ? alert.Actions[number] : null) : action!.Trim();
            return taken is null ? null : new AlertCommand(alertId, AlertCommand.Resolve, user.User, taken, written, Takeover: user.IsManager);
        }, ct);
    }

    private static AlertCommandResult Invalid(string message, string field) => new(AlertCommandOutcome.Invalid, message, Field: field);

    /// <summary>Checks scope and the alert's state, then sends the command made for it (null: a playbook number the card lacks).</summary>
    private async Task<AlertCommandResult> SendAsync(UserScope user, string alertId, Func<FloorAlert, AlertCommand?> commandFor, CancellationToken ct)
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

        if (commandFor(alert) is not { } command)
        {
            return Invalid($"the card has {alert.Actions.Count} playbook actions, numbered from 0", "playbook");
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
