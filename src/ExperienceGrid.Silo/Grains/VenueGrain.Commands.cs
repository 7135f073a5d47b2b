using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Silo.Alerts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>The alert lifecycle driven by staff and time: claim, resolve, escalate.</summary>
public sealed partial class VenueGrain
{
    public async Task<bool> Handle(AlertCommand command)
    {
        var alert = FindAlert(command.AlertId);
        if (alert is null || !AlertStatus.IsOpen(alert.Status))
        {
            // Checked at the edge; a concurrent close or visit end won the race.
            LogCommandIgnored(logger, command.Kind, command.AlertId, alert?.Status ?? "unknown");
            return false;
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
                return false;
        }

        // Written first: a failed write reloads the alert as it was, with its escalation reminder still there.
        await WriteAsync();
        await ApplyReminderChangesAsync();
        return true;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var alertId = reminderName.StartsWith("escalate:", StringComparison.Ordinal) ? reminderName["escalate:".Length..] : null;
        if (alertId is not null && FindAlert(alertId) is { Status: AlertStatus.Raised } alert)
        {
            var now = time.GetUtcNow();
            var escalated = alert with { Status = AlertStatus.Escalated, EscalatedAt = now, UpdatedAt = now };
            State.FloorAlerts[alert.CustomerId] = escalated;
            State.EscalatedTotal++;
            floor.AlertChanged(escalated, AlertChange.Escalated);
            PublishView();

            // Written before the reminder goes: no customer delivers an escalation again.
            await WriteAsync();
        }

        _reminderChanges[reminderName] = false;
        await ApplyReminderChangesAsync();
    }

    private FloorAlert Claim(FloorAlert alert, string by, AlertChange? change)
    {
        var now = time.GetUtcNow();
        var claimed = alert with { Status = AlertStatus.Claimed, ClaimedBy = by, ClaimedAt = now, UpdatedAt = now };
        State.FloorAlerts[alert.CustomerId] = claimed;
        State.ClaimedTotal++;
        State.ClaimSecondsTotal += Math.Max(0, (now - alert.RaisedAt).TotalSeconds);
        _reminderChanges[EscalationReminder(alert.AlertId)] = false;
        if (change is { } kind)
        {
            floor.AlertChanged(claimed, kind);
            PublishView();
        }

        return claimed;
    }

    /// <summary>
    /// Closes the alert and records a recovery touchpoint on the guest for each misery still unrecovered, after the
    /// write and with deterministic ids, so the visit score (and the venue's recovery rate) reflect it once.
    /// </summary>
    private void Resolve(FloorAlert alert, AlertCommand command)
    {
        var now = time.GetUtcNow();
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
            State.PendingRecoveries.Add(new Touchpoint($"{RecoveryEventPrefix(alert.AlertId)}{i}", alert.CustomerId, GrainKey,
                options.Value.RecoveryTouchpoint, now, Zone: alert.Zone, StaffId: command.By, Attributes: attributes));
        }

        PublishView();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert command {Kind} on {AlertId} ignored: the alert is {Status}")]
    private static partial void LogCommandIgnored(ILogger logger, string kind, string alertId, string status);
}
