using System.Text.Json;
using ExperienceGrid.Runtime.Journal;
using ExperienceGrid.Runtime.Storage;

namespace ExperienceGrid.Runtime.Timers;

/// <summary>The journal message of one reminder tick, delivered as <see cref="IRemindable.ReceiveReminder"/>.</summary>
/// <param name="FiredAt">When the silo fired the tick; journaled, so a replay sees the same time. Ticks journaled
/// without it read it as their due time.</param>
internal sealed record ReminderMessage(string Name, DateTimeOffset FirstTick, TimeSpan Period, DateTimeOffset CurrentTick, DateTimeOffset FiredAt)
{
    /// <summary>The reserved journal message type of reminder ticks.</summary>
    public const string MessageType = "$reminder";

    public TickStatus ToTickStatus() => new(FirstTick, Period, CurrentTick) { FiredAt = FiredAt == default ? CurrentTick : FiredAt };

    /// <summary>The tick message fired at <paramref name="now"/>; its id (grain/name/dueTicks) makes each tick append at most once.</summary>
    public static JournalEnvelope ToEnvelope(ReminderEntry reminder, DateTimeOffset now)
    {
        var message = new ReminderMessage(reminder.Name, reminder.FirstTick, reminder.Period, reminder.NextDue, now);
        var id = $"{MessageType}/{reminder.Grain}/{reminder.Name}/{reminder.NextDue.UtcTicks}";
        return new JournalEnvelope(id, reminder.Grain, MessageType, JsonSerializer.SerializeToUtf8Bytes(message, GridJson.Options));
    }

    /// <summary>The first due time after <paramref name="now"/> (missed ticks are skipped), or null for one-shot reminders.</summary>
    public static DateTimeOffset? NextDue(ReminderEntry reminder, DateTimeOffset now)
    {
        if (reminder.Period <= TimeSpan.Zero)
        {
            return null;
        }

        var missed = Math.Max(0, (now - reminder.NextDue).Ticks / reminder.Period.Ticks);
        return reminder.NextDue + TimeSpan.FromTicks(reminder.Period.Ticks * (missed + 1));
    }
}
