using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Privacy;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Erases guests inactive for longer than <see cref="PrivacyOptions.RetainInactiveGuests"/>, with one hourly
/// reminder and no timer per guest. A day is swept once all of it is older than the cutoff: each guest of its buckets
/// is asked to erase itself if its latest touchpoint fell on that day or before (a guest seen since stays: it is in a
/// later day's bucket too), each erasure goes through <see cref="GuestErasure"/> (audited by "retention"), then the
/// swept guests leave the buckets and the day leaves the kept days. A sweep a crash cuts short is done again: the
/// erased guests have nothing stored and are skipped.
/// </summary>
public sealed partial class RetentionSweepGrain : Grain, IRetentionSweepGrain, IRemindable
{
    private const string SweepReminder = "sweep";
    private static readonly TimeSpan _period = TimeSpan.FromHours(1);

    // Guests asked at once (each erasure calls every venue of the chain).
    private const int Concurrency = 8;

    private readonly IPersistentState<RetentionSweepGrainState> _state;
    private readonly GuestErasure _erasure;
    private readonly IOptions<PrivacyOptions> _privacy;
    private readonly TimeProvider _time;
    private readonly ILogger<RetentionSweepGrain> _logger;
    private readonly GroupCommit _writes;

    // Days a bucket reported while they were being swept: they keep their place, so that guest is swept next time.
    private readonly HashSet<DateOnly> _reported = [];

    public RetentionSweepGrain(
        [PersistentState("retention", GridHostingExtensions.GrainStorage)] IPersistentState<RetentionSweepGrainState> state,
        GuestErasure erasure,
        IOptions<PrivacyOptions> privacy,
        TimeProvider time,
        ILogger<RetentionSweepGrain> logger)
    {
        (_state, _erasure, _privacy, _time, _logger) = (state, erasure, privacy, time, logger);
        _writes = new GroupCommit(async () =>
        {
            try
            {
                await _state.WriteStateAsync();
            }
            catch
            {
                DeactivateOnIdle();
                throw;
            }
        });
    }

    private List<DateOnly> Days => _state.State.Days;

    public async Task Start()
    {
        var reminder = await this.GetReminder(SweepReminder);
        if (_privacy.Value.RetainsInactiveGuests && reminder is null)
        {
            await this.RegisterOrUpdateReminder(SweepReminder, TimeSpan.FromMinutes(1), _period);
        }
        else if (!_privacy.Value.RetainsInactiveGuests && reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task AddDay(DateOnly day)
    {
        _reported.Add(day);
        return _writes.Stored && Days.Contains(day) ? _writes.Current : _writes.Commit(() =>
        {
            var at = Days.BinarySearch(day);
            if (at < 0)
            {
                Days.Insert(~at, day);
            }
        });
    }

    public Task<IReadOnlyList<DateOnly>> GetDays() => Task.FromResult<IReadOnlyList<DateOnly>>([.. Days]);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == SweepReminder)
        {
            await Sweep();
        }
    }

    public async Task<int> Sweep()
    {
        if (!_privacy.Value.RetainsInactiveGuests)
        {
            return 0;
        }

        // The last day all of which is older than the cutoff: a guest last seen then has been inactive for longer.
        var lastDue = GuestDays.DayOf(_time.GetUtcNow() - _privacy.Value.RetainInactiveGuests).AddDays(-1);
        var erased = 0;
        foreach (var day in Days.TakeWhile(d => d <= lastDue).ToList())
        {
            _reported.Remove(day);
            var (dayErased, left) = await SweepDayAsync(day);
            erased += dayErased;
            if (left == 0)
            {
                // Checked again as the write starts: a bucket that reports the day until then keeps it.
                await _writes.Commit(() =>
                {
                    if (!_reported.Contains(day))
                    {
                        Days.Remove(day);
                    }
                });
            }

            Swept(_logger, day, dayErased, left);
        }

        return erased;
    }

    /// <summary>Erases the day's guests not seen since; returns how many it erased and how many its buckets still hold.</summary>
    private async Task<(int Erased, int Left)> SweepDayAsync(DateOnly day)
    {
        var (erased, left) = (0, 0);
        for (var shard = 0; shard < GuestDays.Shards; shard++)
        {
            var bucket = GrainFactory.GetGrain<IGuestDayGrain>(GuestDays.KeyOf(day, shard));
            var customerIds = await bucket.List();
            if (customerIds.Count == 0)
            {
                continue;
            }

            List<string> swept = [];
            foreach (var chunk in customerIds.Chunk(Concurrency))
            {
                var outcomes = await Task.WhenAll(chunk.Select(id => SweepGuestAsync(id, day)));
                erased += outcomes.Count(o => o == true);
                swept.AddRange(chunk.Where((_, i) => outcomes[i] is not null));
            }

            left += swept.Count > 0 ? await bucket.Remove(swept) : customerIds.Count;
        }

        return (erased, left);
    }

    /// <summary>True: erased; false: seen since or nothing stored; null: failed (the guest stays in the bucket for the next sweep).</summary>
    private async Task<bool?> SweepGuestAsync(string customerId, DateOnly day)
    {
        try
        {
            return await _erasure.EraseInactiveAsync(customerId, day) is not null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            SweepFailed(_logger, e, customerId, day);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention swept {Day}: {Erased} guests erased, {Left} left for the next sweep")]
    private static partial void Swept(ILogger logger, DateOnly day, int erased, int left);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention could not erase guest {CustomerId} of {Day}; the next sweep tries again")]
    private static partial void SweepFailed(ILogger logger, Exception exception, string customerId, DateOnly day);
}
