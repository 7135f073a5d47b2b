using System.Globalization;

namespace ExperienceGrid.Benchmarks;

/// <summary>A mode and its <c>--name value</c> options; names the mode does not know are refused.</summary>
public sealed class BenchmarkOptions
{
    public const string Usage = """
        usage: ExperienceGrid.Benchmarks <mode> [--name value ...]

          ingest  the real silo as a child process; senders POST touchpoint batches for a burst, then it settles
                  until the venues took everything: events accepted, rate (202 = durable), batch latency p50/p99,
                  silo CPU per event, RSS; then the raw storage writes of the same rows in the same run
                    --seconds 10  --warmup-seconds 10 (at least; on until re-JIT is done)  --batch 100  --senders 8  --customers 10000
                    --venue all|<venue id>  (all: the whole demo chain; a venue id: every guest at that one venue)
                    --gc server|workstation  --raw yes|no  --events 400000 (touchpoints generated up front)
                    --profile no|yes  (perf samples of the silo over burst + settle: CPU by area and function)
                    --dashboard on|off  (Grid:OrleansDashboard; on is the silo's default)
          raw     our SQLite grain storage alone: realistic customer states (Orleans serializer), concurrent
                  writers, group commit: writes/s and CPU per write
                    --writes 100000  --writers 800  --customers 10000
          calls   in-process silo: callers hammer the read-only ICustomerGrain.GetView on activated customers
                    --seconds 10  --grains 1000  --callers 64  --dashboard on|off
          history in-process silo: one venue's history filled for 8 weeks of hours and the last 2 days of minutes
                  (a busy venue's minutes), then bytes stored per venue-day and the API's read time of
                  24 h of minutes and of 8 weeks of hours (p50/p99)
                    --events-per-minute 40  --reads 200
          venue-writes  in-process silo: guests make whole visits at one venue and settle, in rounds up to 1k, 10k,
                  50k, …: the stored venue row's bytes, its marks and open visits, serialize time per write
                    --guests 50000  --concurrency 256
          memory  in-process silo: activate customers, GC heap per active customer grain after a full
                  collection, then again after idle deactivation
                    --grains 100000  --touchpoints 1 (0: activate by GetView only)  --concurrency 256  --dashboard on|off
        """;

    private static readonly Dictionary<string, Dictionary<string, string>> _defaults = new(StringComparer.Ordinal)
    {
        ["ingest"] = new(StringComparer.Ordinal)
        {
            ["seconds"] = "10",
            ["warmup-seconds"] = "10",
            ["batch"] = "100",
            ["senders"] = "8",
            ["customers"] = "10000",
            ["venue"] = "all",
            ["gc"] = "server",
            ["raw"] = "yes",
            ["events"] = "400000",
            ["profile"] = "no",
            ["dashboard"] = "on",
        },
        ["raw"] = new(StringComparer.Ordinal) { ["writes"] = "100000", ["writers"] = "800", ["customers"] = "10000" },
        ["calls"] = new(StringComparer.Ordinal) { ["seconds"] = "10", ["grains"] = "1000", ["callers"] = "64", ["dashboard"] = "on" },
        ["history"] = new(StringComparer.Ordinal) { ["events-per-minute"] = "40", ["reads"] = "200" },
        ["venue-writes"] = new(StringComparer.Ordinal) { ["guests"] = "50000", ["concurrency"] = "256" },
        ["memory"] = new(StringComparer.Ordinal) { ["grains"] = "100000", ["touchpoints"] = "1", ["concurrency"] = "256", ["dashboard"] = "on" },
    };

    private readonly Dictionary<string, string> _values;

    private BenchmarkOptions(string mode, Dictionary<string, string> values)
    {
        Mode = mode;
        _values = values;
    }

    public string Mode { get; }

    /// <summary>The options as given and defaulted, for the report's first line.</summary>
    public string Describe() => string.Join(' ', _values.Select(v => $"--{v.Key} {v.Value}"));

    public static BenchmarkOptions Parse(string[] args)
    {
        if (args.Length == 0)
        {
            throw new UsageException("no mode given; it must be one of: " + string.Join(", ", _defaults.Keys));
        }

        if (!_defaults.TryGetValue(args[0], out var defaults))
        {
            throw new UsageException($"unknown mode '{args[0]}'; it must be one of: " + string.Join(", ", _defaults.Keys));
        }

        var values = new Dictionary<string, string>(defaults, StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is null || !defaults.ContainsKey(name))
            {
                throw new UsageException($"unknown option '{args[i]}' for mode {args[0]}; it takes: " + string.Join(", ", defaults.Keys.Select(k => "--" + k)));
            }

            if (i + 1 >= args.Length)
            {
                throw new UsageException($"--{name} needs a value");
            }

            values[name] = args[i + 1];
        }

        return new BenchmarkOptions(args[0], values);
    }

    public int Int(string name, int min, int max) =>
        int.TryParse(_values[name], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"--{name} is '{_values[name]}'; it must be a whole number between {min} and {max}");

    public TimeSpan Seconds(string name, double min, double max) =>
        double.TryParse(_values[name], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? TimeSpan.FromSeconds(value)
            : throw new UsageException($"--{name} is '{_values[name]}'; it must be a number of seconds between {min} and {max}");

    public string Choice(string name, params string[] allowed) =>
        allowed.Contains(_values[name], StringComparer.Ordinal)
            ? _values[name]
            : throw new UsageException($"--{name} is '{_values[name]}'; it must be one of: " + string.Join(", ", allowed));

    public string Text(string name) => _values[name];

    /// <summary>Whether the silo serves Orleans' dashboard (its call filter and metrics cost CPU on every call).</summary>
    public bool Dashboard() => Choice("dashboard", "on", "off") == "on";
}
