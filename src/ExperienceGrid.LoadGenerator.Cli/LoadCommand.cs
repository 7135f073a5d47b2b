using System.CommandLine;
using System.CommandLine.Parsing;

namespace ExperienceGrid.LoadGenerator.Cli;

/// <summary>The command line of eg-load and its mapping onto <see cref="LoadOptions"/>.</summary>
internal sealed class LoadCommand
{
    private readonly LoadOptions _defaults = new();

    public LoadCommand()
    {
        Root = new RootCommand("ExperienceGrid load generator: open-model touchpoint load, floor-staff push latency, correctness check, faults.")
        {
            Target, Venues, Customers, Rate, Duration, Batch, Seed, Staff, ApiKey, Reader, ReaderPassword, Chain, Out, CatchUpTimeout, RetryWindow,
            KillSilo, KillAt, RestartAt, ClusterScript, ClusterState, FindMax, P99Bound, StepFactor, MaxSteps,
            Soak, SampleEvery, WarmUp, SoakWindow, Redis, NoLive,
        };
    }

    public RootCommand Root { get; }

    public Option<string[]> Target { get; } = new("--target") { Description = "Silo or front-end URL(s); repeat or list several. Default http://127.0.0.1:5080, or with --kill-silo every front end of the cluster state (every silo when it runs none).", AllowMultipleArgumentsPerToken = true };
    public Option<int> Venues { get; } = new("--venues") { Description = "Use the first N venues of the chain (0 = all).", DefaultValueFactory = _ => 0 };
    public Option<int> Customers { get; } = new("--customers") { Description = "Guest pool size.", DefaultValueFactory = _ => 1_000 };
    public Option<double> Rate { get; } = new("--rate") { Description = "Offered events/s (open model; find-max: the first step).", DefaultValueFactory = _ => 200 };
    public Option<TimeSpan> Duration { get; } = Time("--duration", "How long to send (find-max: per step), e.g. 30s, 2m.", TimeSpan.FromSeconds(30));
    public Option<int> Batch { get; } = new("--batch") { Description = "Touchpoints per request.", DefaultValueFactory = _ => 50 };
    public Option<int> Seed { get; } = new("--seed") { Description = "Journey simulator seed (same seed, same journeys).", DefaultValueFactory = _ => 42 };
    public Option<int> Staff { get; } = new("--staff") { Description = "Floor-staff WebSocket connections spread over the venues.", DefaultValueFactory = _ => 0 };
    public Option<string> ApiKey { get; } = new("--api-key") { Description = "X-Api-Key for ingestion.", DefaultValueFactory = _ => LoadOptions.DevelopmentApiKey };
    public Option<string> Reader { get; } = new("--reader") { Description = "User the count check reads customers as (sees every venue).", DefaultValueFactory = _ => "chain.manager" };
    public Option<string> ReaderPassword { get; } = new("--reader-password") { Description = "Password of --reader.", DefaultValueFactory = _ => Http.AuthClient.DemoPassword };
    public Option<string> Chain { get; } = new("--chain") { Description = "Chain configuration file.", DefaultValueFactory = _ => DefaultChain() };
    public Option<string> Out { get; } = new("--out") { Description = "Folder for report.json and report.html.", DefaultValueFactory = _ => "artifacts/load" };
    public Option<TimeSpan> CatchUpTimeout { get; } = Time("--catch-up-timeout", "Deadline for the grid to apply everything before the count check.", TimeSpan.FromSeconds(60));
    public Option<TimeSpan> RetryWindow { get; } = Time("--retry-window", "How long after the schedule a batch without 202 is still retried.", TimeSpan.FromSeconds(30));
    public Option<int?> KillSilo { get; } = new("--kill-silo") { Description = "Silo index (from the cluster state) to SIGKILL via the cluster script." };
    public Option<TimeSpan?> KillAt { get; } = OptionalTime("--kill-at", "When to kill it, from the start (e.g. 20s).");
    public Option<TimeSpan?> RestartAt { get; } = OptionalTime("--restart-at", "When to restart it (e.g. 35s).");
    public Option<string> ClusterScript { get; } = new("--cluster-script") { Description = "The cluster script.", DefaultValueFactory = _ => "scripts/cluster.sh" };
    public Option<string> ClusterState { get; } = new("--cluster-state") { Description = "The cluster state file.", DefaultValueFactory = _ => "artifacts/cluster/state.json" };
    public Option<bool> FindMax { get; } = new("--find-max") { Description = "Step the rate up until p99 exceeds --p99-bound or errors appear." };
    public Option<TimeSpan> P99Bound { get; } = Time("--p99-bound", "Find-max p99 bound (push, else HTTP); a plain number is milliseconds.", TimeSpan.FromMilliseconds(250), plainUnit: TimeSpan.FromMilliseconds(1));
    public Option<double> StepFactor { get; } = new("--step-factor") { Description = "Find-max rate multiplier per step.", DefaultValueFactory = _ => 1.5 };
    public Option<int> MaxSteps { get; } = new("--max-steps") { Description = "Find-max: most steps.", DefaultValueFactory = _ => 8 };
    public Option<bool> Soak { get; } = new("--soak") { Description = "Sample each target silo's RSS, live heap (after its last gen 2 collection), threads and open handles, Redis' memory and the p99s, and judge whether they stay flat (±10 %) from after --warm-up to the end." };
    public Option<TimeSpan?> SampleEvery { get; } = OptionalTime("--sample-every", "Soak: how often to sample (default 1m).");
    public Option<TimeSpan?> WarmUp { get; } = OptionalTime("--warm-up", "Soak: the start not judged (default 2m); the baseline window follows it.");
    public Option<TimeSpan?> SoakWindow { get; } = OptionalTime("--soak-window", "Soak: length of the baseline window and of the end window compared with it (default 2m).");
    public Option<string> Redis { get; } = new("--redis") { Description = "Soak: Redis host:port whose used_memory is sampled (e.g. 127.0.0.1:56379 for scripts/cluster.sh)." };
    public Option<bool> NoLive { get; } = new("--no-live") { Description = "Print a progress line per second instead of the live table." };

    /// <summary>Maps a parse result onto options; problems that name an option go to <paramref name="problems"/>.</summary>
    public LoadOptions ToOptions(ParseResult parse, List<string> problems)
    {
        var options = new LoadOptions
        {
            Venues = parse.GetValue(Venues),
            Customers = parse.GetValue(Customers),
            Rate = parse.GetValue(Rate),
            Duration = parse.GetValue(Duration),
            Batch = parse.GetValue(Batch),
            Seed = parse.GetValue(Seed),
            Staff = parse.GetValue(Staff),
            ApiKey = parse.GetValue(ApiKey) ?? "",
            Reader = parse.GetValue(Reader) ?? "",
            ReaderPassword = parse.GetValue(ReaderPassword) ?? "",
            ChainPath = parse.GetValue(Chain) ?? "",
            OutputDirectory = parse.GetValue(Out) ?? "artifacts/load",
            CatchUpTimeout = parse.GetValue(CatchUpTimeout),
            RetryWindow = parse.GetValue(RetryWindow),
            KillSilo = parse.GetValue(KillSilo),
            KillAt = parse.GetValue(KillAt),
            RestartAt = parse.GetValue(RestartAt),
            ClusterScript = parse.GetValue(ClusterScript) ?? "",
            ClusterState = parse.GetValue(ClusterState) ?? "",
            FindMax = parse.GetValue(FindMax),
            P99Bound = parse.GetValue(P99Bound),
            StepFactor = parse.GetValue(StepFactor),
            MaxSteps = parse.GetValue(MaxSteps),
            Soak = parse.GetValue(Soak),
            SampleEvery = parse.GetValue(SampleEvery) ?? _defaults.SampleEvery,
            WarmUp = parse.GetValue(WarmUp) ?? _defaults.WarmUp,
            SoakWindow = parse.GetValue(SoakWindow) ?? _defaults.SoakWindow,
            Redis = parse.GetValue(Redis),
        };
        if (!options.Soak)
        {
            foreach (var option in new Option[] { SampleEvery, WarmUp, SoakWindow, Redis }.Where(o => parse.GetResult(o) is not null))
            {
                problems.Add($"{option.Name} needs --soak");
            }
        }

        options.Targets = Targets(parse, options, problems);
        return options;
    }

    private List<Uri> Targets(ParseResult parse, LoadOptions options, List<string> problems)
    {
        var given = parse.GetValue(Target) ?? [];
        if (given.Length == 0 && options.KillSilo is not null)
        {
            // Front ends when the cluster has them: the silo killed then holds grains but takes no batches itself.
            var frontends = Faults.ClusterState.ReadFrontends(options.ClusterState);
            var entries = frontends.Count > 0 ? frontends : Faults.ClusterState.ReadSilos(options.ClusterState);
            if (entries.Count == 0)
            {
                problems.Add($"--kill-silo needs the cluster's silos: --cluster-state '{options.ClusterState}' is missing or empty (run scripts/cluster.sh up N), or give --target");
            }

            return [.. entries.OrderBy(s => s.Key).Select(s => s.Value)];
        }

        if (given.Length == 0)
        {
            return [.. _defaults.Targets];
        }

        var targets = new List<Uri>();
        foreach (var text in given.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                targets.Add(uri);
            }
            else
            {
                problems.Add($"--target '{text}' is not an http(s) URL such as http://127.0.0.1:5080");
            }
        }

        return targets;
    }

    private static string DefaultChain() =>
        File.Exists("config/demo-chain.json") ? "config/demo-chain.json" : Path.Combine(AppContext.BaseDirectory, "demo-chain.json");

    private static Option<TimeSpan> Time(string name, string description, TimeSpan fallback, TimeSpan? plainUnit = null) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => ParseTime(name, result, plainUnit) ?? fallback,
    };

    private static Option<TimeSpan?> OptionalTime(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => ParseTime(name, result, null),
    };

    private static TimeSpan? ParseTime(string name, ArgumentResult result, TimeSpan? plainUnit)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (plainUnit is { } unit && double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var plain))
        {
            return unit * plain;
        }

        if (DurationParser.TryParse(text, out var duration))
        {
            return duration;
        }

        result.AddError($"{name} '{text}' is not a duration; use e.g. 30s, 2m, 500ms or 00:00:30");
        return null;
    }
}
