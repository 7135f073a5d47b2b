using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Runtime;
using ExperienceGrid.Silo.Alerts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>The alert lifecycle driven by staff and time: claim, resolve, escalate.</summary>
public sealed partial class VenueGrain
{
    public Task Handle(AlertCommand command)
    {
        var alert = FindAlert(command.AlertId);
        if (alert is null || !AlertStatus.IsOpen(alert.Status))
        {
            // Checked at the edge; a concurrent close or visit end won the race.
            LogCommandIgnored(logger, command.Kind, command.AlertId, alert?.Status ?? "unknown");
            return Task.CompletedTask;
        }

        switch (command.Kind)
        {
            case AlertCommand.Claim when alert.ClaimedBy is null:
                Claim(alert, command.By, AlertChange.Updated);
                break;
            case AlertCommand.Resolve when alert.ClaimedBy is null || alert.ClaimedBy == command.By || command.Takeover:
                Resolve(alert.ClaimedBy is null ? Claim(alert, command.By, change: null) : alert, command);
                break;
            default:
                LogCommandIgnored(logger, command.Kind, command.AlertId, $"{alert.Status} by {alert.ClaimedBy}");
                break;
        }

        return Task.CompletedTask;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var alertId = reminderName.StartsWith("escalate:", StringComparison.Ordinal) ? reminderName["escalate:".Length..] : null;
        if (alertId is not null && FindAlert(alertId) is { Status: AlertStatus.Raised } alert)
        {
            var now = TimeProvider.GetUtcNow();
            var escalated = alert with { Status = AlertStatus.Escalated, EscalatedAt = now, UpdatedAt = now };
            State.FloorAlerts[alert.CustomerId] = escalated;
            State.EscalatedTotal++;
            Publish(new FloorAlertChanged(escalated, AlertChange.Escalated));
            PublishView();
        }

        return Task.CompletedTask;
    }

    private FloorAlert Claim(FloorAlert alert, string by, AlertChange? change)
    {
        var now = TimeProvider.GetUtcNow();
        var claimed = alert with { Status = AlertStatus.Claimed, ClaimedBy = by, ClaimedAt = now, UpdatedAt = now };
        State.FloorAlerts[alert.CustomerId] = claimed;
        State.ClaimedTotal++;
        State.ClaimSecondsTotal += Math.Max(0, (now - alert.RaisedAt).TotalSeconds);
        UnregisterReminder(EscalationReminder(alert.AlertId));
        if (change is { } kind)
        {
            Publish(new FloorAlertChanged(claimed, kind));
            PublishView();
        }

        return claimed;
    }

    /// <summary>
    /// Closes the alert and records a recovery touchpoint on the guest for each misery still unrecovered,
    /// durably and with deterministic ids, so the visit score (and the venue's recovery rate) reflect it.
    /// </summary>
    private void Resolve(FloorAlert alert, AlertCommand command)
    {
        var now = TimeProvider.GetUtcNow();
        Close(alert with
        {
            Status = AlertStatus.Resolved,
            ResolvedAt = now,
            UpdatedAt = now,
            Resolution = command.Action,
            Note = command.Note,
        });

        var unrecovered = alert.Moments.Count(m => m.MomentKind == MomentKind.Misery && !m.Recovered);
        var attributes = new Dictionary<string, string> { ["alertId"] = alert.AlertId, ["action"] = command.Action ?? "" };
        if (command.Note is { Length: > 0 } note)
        {
            attributes["note"] = note;
        }

        for (var i = 1; i <= Math.Max(1, unrecovered); i++)
        {
            var eventId = $"{RecoveryEventPrefix(alert.AlertId)}{i}";
            var touchpoint = new Touchpoint(eventId, alert.CustomerId, GrainKey, options.Value.RecoveryTouchpoint, now,
                Zone: alert.Zone, StaffId: command.By, Attributes: attributes);
            SendDurable<ICustomerGrain, Touchpoint>(alert.CustomerId, touchpoint, eventId);
        }

        PublishView();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert command {Kind} on {AlertId} ignored: the alert is {Status}")]
    private static partial void LogCommandIgnored(ILogger logger, string kind, string alertId, string status);
}
