using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Venues;
using Microsoft.Data.Sqlite;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// A venue's history at its kept size: 8 weeks of days, the last two with their minutes (the older ones compacted to
/// hours, as the grid does), each minute as a busy venue fills it. Then the bytes stored per venue-day and the read
/// time of <c>GET /api/venues/{id}/history</c> for 24 h of minutes and for 8 weeks of hours, one request at a time.
/// </summary>
public static class HistoryBenchmark
{
    private const string Staff = "staff.bench";

    public static async Task RunAsync(BenchmarkOptions options)
    {
        var perMinute = options.Int("events-per-minute", 1, 10_000);
        var reads = options.Int("reads", 10, 100_000);
        await using var silo = await InProcessSilo.StartAsync("history", dashboard: false, new Dictionary<string, string?> { ["Auth:DemoUsers"] = "true" });
        var venue = silo.Chain.Venues[0].Id;
        var kinds = silo.Chain.Touchpoints.Where(t => !t.IsMarker).Select(t => t.Kind).ToArray();

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var random = new Random(19);
        long sequence = 0;
        var clock = Stopwatch.StartNew();
        using (new Progress("fill", () => $"{sequence:N0} minutes added"))
        {
            for (var back = IVenueDayGrain.KeptDays - 1; back >= 0; back--)
            {
                var day = today.AddDays(-back);
                var grain = silo.Grains.GetGrain<IVenueDayGrain>(IVenueDayGrain.KeyOf(venue, day));
                var first = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds() / 60;
                var detailed = back <= 1;
                for (var minute = 0; minute < 24 * 60; minute += detailed ? 1 : 60)
                {
                    // A compacted day holds hours only: one hand-over per hour carries the hour's counts.
                    var tally = Minute(first + minute, detailed ? perMinute : perMinute * 60, kinds, random);
                    await grain.Add(new HistoryMinute(++sequence, tally));
                }
            }
        }

        var fill = clock.Elapsed;
        var (fullDay, hoursDay) = StoredBytes(silo.DatabasePath, venue, today);
        using var http = new HttpClient { BaseAddress = silo.Url };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(http));
        var now = DateTimeOffset.UtcNow;
        var minutes = await ReadAsync(http, $"/api/venues/{venue}/history?from={Time(now.AddHours(-24))}&to={Time(now)}", reads);
        var oldest = new DateTimeOffset(today.AddDays(1 - IVenueDayGrain.KeptDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var hours = await ReadAsync(http, $"/api/venues/{venue}/history?step=hour&from={Time(oldest)}&to={Time(now)}", reads);

        Console.WriteLine($"history: one venue, {IVenueDayGrain.KeptDays} days ({sequence:N0} hand-overs in {fill.TotalSeconds:F1} s), {perMinute} events a minute");
        Console.WriteLine($"  stored per venue-day        {fullDay / 1024.0,8:F1} KiB with its minutes, {hoursDay / 1024.0:F1} KiB as hours");
        Console.WriteLine($"  24 h of minutes             {minutes.Points,8:N0} points, {minutes.Bytes / 1024.0:F0} KiB, p50 / p99 {minutes.Latency.Percentile(0.5).TotalMilliseconds:F1} / {minutes.Latency.Percentile(0.99).TotalMilliseconds:F1} ms");
        Console.WriteLine($"  8 weeks of hours            {hours.Points,8:N0} points, {hours.Bytes / 1024.0:F0} KiB, p50 / p99 {hours.Latency.Percentile(0.5).TotalMilliseconds:F1} / {hours.Latency.Percentile(0.99).TotalMilliseconds:F1} ms");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"summary history day_kib={fullDay / 1024.0:F1} hours_day_kib={hoursDay / 1024.0:F1} minutes_p50_ms={minutes.Latency.Percentile(0.5).TotalMilliseconds:F1} minutes_p99_ms={minutes.Latency.Percentile(0.99).TotalMilliseconds:F1} hours_p50_ms={hours.Latency.Percentile(0.5).TotalMilliseconds:F1} hours_p99_ms={hours.Latency.Percentile(0.99).TotalMilliseconds:F1}"));
    }

    /// <summary>A busy minute: moments over the catalog (a tenth misery, a fifth WOW), an alert every few minutes, coaching counts and credits.</summary>
    private static VenueTally Minute(long minute, int events, string[] kinds, Random random)
    {
        var tally = VenueTally.Empty(minute);
        for (var i = 0; i < events; i++)
        {
            var roll = random.NextDouble();
            var kind = roll < 0.1 ? MomentKind.Misery : roll < 0.3 ? MomentKind.Wow : MomentKind.Mediocrity;
            tally = tally.With(new TouchpointMoment(kinds[random.Next(kinds.Length)], kind));
        }

        var alerts = events / 40 + (random.Next(4) == 0 ? 1 : 0);
        return tally with
        {
            Raised = alerts,
            Claimed = alerts,
            Resolved = alerts,
            ClaimSeconds = [.. Enumerable.Range(0, alerts).Select(_ => random.Next(20, 300))],
            AlertedVisitsEnded = alerts,
            Recovered = alerts / 2,
            FollowUpsOpened = random.Next(3) == 0 ? 1 : 0,
            AntiPatterns = [new AntiPatternCount(AntiPattern.QuotedPolicy, "dinner", Staff, Math.Max(1, events / 20)), new AntiPatternCount(AntiPattern.SaidNoWithoutAlternative, "dinner", null, 1)],
            Playbook = alerts > 0 ? [new PlaybookCount(AntiPattern.QuotedPolicy, "Offered a callback", alerts, alerts / 2)] : null,
            Recognitions = [new RecognitionCount(Staff, events / 10, alerts / 2)],
        };
    }

    private static (long FullDay, long HoursDay) StoredBytes(string database, string venue, DateOnly today)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT grain_id, LENGTH(payload) FROM grain_state WHERE state_name = 'venue-day'";
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var reader = query.ExecuteReader())
        {
            while (reader.Read())
            {
                sizes[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        long SizeOf(DateOnly day) => sizes.First(s => s.Key.EndsWith(IVenueDayGrain.KeyOf(venue, day), StringComparison.Ordinal)).Value;
        return (SizeOf(today.AddDays(-1)), SizeOf(today.AddDays(-10)));
    }

    private static async Task<string> SignInAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { user = "chain.manager", password = "demo" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private static async Task<(int Points, long Bytes, LatencyHistogram Latency)> ReadAsync(HttpClient http, string path, int reads)
    {
        var latency = new LatencyHistogram();
        var (points, bytes) = (0, 0L);
        for (var i = -10; i < reads; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var body = await http.GetByteArrayAsync(path);
            if (i >= 0)
            {
                latency.Record(started);
            }

            (points, bytes) = (JsonDocument.Parse(body).RootElement.GetProperty("points").GetArrayLength(), body.Length);
        }

        return (points, bytes, latency);
    }

    private static string Time(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture));
}
