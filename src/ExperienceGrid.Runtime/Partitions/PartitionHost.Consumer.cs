using System.Text.Json;
using ExperienceGrid.Runtime.Diagnostics;
using ExperienceGrid.Runtime.Journal;
using ExperienceGrid.Runtime.Scheduling;
using ExperienceGrid.Runtime.Storage;
using ExperienceGrid.Runtime.Timers;

namespace ExperienceGrid.Runtime.Partitions;

/// <summary>The consumer loop: read a page after the applied offset, apply it as turns, commit, sweep, wait.</summary>
internal sealed partial class PartitionHost
{
    private static readonly TimeSpan _retryDelay = TimeSpan.FromSeconds(1);

    private async Task RunAsync(CancellationToken ct)
    {
        var pageSize = Runtime.Options.PageSize;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                // Reads continue after _applied, never _committed: applied entries are never applied twice in memory,
                // even when a commit failed (its captures stay in _uncommitted and go with the next commit).
                var entries = await Runtime.Store.ReadAsync(Partition, _applied, pageSize, ct).ConfigureAwait(false);
                if (entries.Count > 0)
                {
                    await ApplyAsync(entries).ConfigureAwait(false);
                }

                await CommitAsync().ConfigureAwait(false);
                await SweepIfDueAsync().ConfigureAwait(false);
                if (entries.Count < pageSize)
                {
                    await Runtime.Signals.WaitAsync(Partition, Runtime.Options.ConsumerPollInterval, Runtime.TimeProvider, ct).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (PartitionFencedException ex)
            {
                // Another silo owns the partition now: nothing of this host may ever be committed.
                Volatile.Write(ref _fenced, true);
                GridLog.PartitionFenced(Runtime.Logger, ex, Partition, Epoch);
                break;
            }
            catch (Exception ex)
            {
                GridLog.ConsumerFailed(Runtime.Logger, ex, Partition);
                try
                {
                    await Task.Delay(_retryDelay, Runtime.TimeProvider, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    private async Task ApplyAsync(IReadOnlyList<JournalEntry> entries)
    {
        // Turns of different grains run concurrently; each grain sees its entries in offset order.
        var turns = new Task[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            turns[i] = ApplyOneAsync(entries[i]);
        }

        await Task.WhenAll(turns).ConfigureAwait(false);
        _applied = entries[^1].Offset;
        Runtime.Metrics.Applied(entries.Count);
    }

    /// <summary>Never throws: a failing grain turn is logged and the message counts as consumed.</summary>
    private async Task ApplyOneAsync(JournalEntry entry)
    {
        var envelope = entry.Envelope;
        try
        {
            Task<bool> turn;
            if (envelope.MessageType == ReminderMessage.MessageType)
            {
                var tick = JsonSerializer.Deserialize<ReminderMessage>(envelope.Payload.Span, GridJson.Options)
                    ?? throw new InvalidOperationException("Empty reminder message.");
                turn = InvokeAsync(envelope.Target, async grain =>
                {
                    var remindable = grain as IRemindable
                        ?? throw new InvalidOperationException($"Grain {envelope.Target} has reminders but does not implement IRemindable.");
                    await remindable.ReceiveReminder(tick.Name, tick.ToTickStatus()).ConfigureAwait(false);
                    return true;
                }, TurnKind.Reminder);
            }
            else if (Runtime.Routes.TryGet(envelope.MessageType, out var route))
            {
                turn = InvokeAsync(envelope.Target, async grain =>
                {
                    await route.Invoke(grain, envelope.Payload).ConfigureAwait(false);
                    return true;
                }, TurnKind.Journal);
            }
            else
            {
                throw new InvalidOperationException($"No journal route is registered for message type '{envelope.MessageType}'.");
            }

            await turn.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            GridLog.JournalTurnFailed(Runtime.Logger, ex, Partition, entry.Offset, envelope.MessageId, envelope.Target);
        }
    }
}
