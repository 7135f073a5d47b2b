namespace ExperienceGrid.LoadGenerator;

/// <summary>What one load run does; the CLI maps its arguments onto this.</summary>
public sealed class LoadOptions
{
    /// <summary>The development ingestion key from README.md.</summary>
    public const string DevelopmentApiKey = "eg-dev-key-2f6c1a";

    /// <summary>Silo base URLs; batches are spread over the ones that answer. Default one local silo.</summary>
    public IReadOnlyList<Uri> Targets { get; set; } = [new Uri("http://127.0.0.1:5080")];

    /// <summary>Venues of the chain used (the first N); 0 means every venue. Default 0.</summary>
    public int Venues { get; set; }

    /// <summary>Size of the guest pool. Default 1,000.</summary>
    public int Customers { get; set; } = 1_000;

    /// <summary>Offered events per second (open model: sent on schedule whatever the grid does). Default 200.</summary>
    public double Rate { get; set; } = 200;

    /// <summary>How long batches are scheduled (each step's length in find-max mode). Default 30 s.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Touchpoints per HTTP request. Default 50.</summary>
    public int Batch { get; set; } = 50;

    /// <summary>Seed of the journey simulator: the same seed gives the same journeys. Default 42.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Floor-staff WebSocket connections spread over the venues. Default 0.</summary>
    public int Staff { get; set; }

    /// <summary>The X-Api-Key sent with every batch.</summary>
    public string ApiKey { get; set; } = DevelopmentApiKey;

    /// <summary>The user the count check reads customers as: one who sees every venue. Default the demo chain manager.</summary>
    public string Reader { get; set; } = "chain.manager";

    /// <summary>The password of <see cref="Reader"/>. Default the demo users' "demo".</summary>
    public string ReaderPassword { get; set; } = Http.AuthClient.DemoPassword;

    /// <summary>The chain configuration file. Default config/demo-chain.json.</summary>
    public string ChainPath { get; set; } = "config/demo-chain.json";

    /// <summary>How long to wait for the grid to apply everything before the correctness check gives up. Default 60 s.</summary>
    public TimeSpan CatchUpTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long after the schedule ends a batch without a 202 is still retried. Default 30 s.</summary>
    public TimeSpan RetryWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Folder for report.json and report.html. Default artifacts/load.</summary>
    public string OutputDirectory { get; set; } = "artifacts/load";

    /// <summary>Silo (1-based, as in the cluster state file) to SIGKILL during the run; null for none.</summary>
    public int? KillSilo { get; set; }

    /// <summary>When to kill <see cref="KillSilo"/>, from the run's start.</summary>
    public TimeSpan? KillAt { get; set; }

    /// <summary>When to restart it; null leaves it down.</summary>
    public TimeSpan? RestartAt { get; set; }

    /// <summary>The cluster script called for faults. Default scripts/cluster.sh.</summary>
    public string ClusterScript { get; set; } = "scripts/cluster.sh";

    /// <summary>The state file the cluster script writes. Default artifacts/cluster/state.json.</summary>
    public string ClusterState { get; set; } = "artifacts/cluster/state.json";

    /// <summary>Step the rate up until the p99 bound is broken or errors appear.</summary>
    public bool FindMax { get; set; }

    /// <summary>Push (or, without staff, HTTP) p99 bound for find-max. Default 250 ms.</summary>
    public TimeSpan P99Bound { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Rate multiplier between find-max steps. Default 1.5.</summary>
    public double StepFactor { get; set; } = 1.5;

    /// <summary>Most find-max steps. Default 8.</summary>
    public int MaxSteps { get; set; } = 8;

    /// <summary>
    /// Soak: sample each target silo's memory, threads and handles, Redis' memory and the p99s every
    /// <see cref="SampleEvery"/>, and judge whether they stayed flat (see <see cref="Soak.SoakJudge"/>).
    /// </summary>
    public bool Soak { get; set; }

    /// <summary>How often a soak samples. Default 1 minute.</summary>
    public TimeSpan SampleEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The start of a soak not judged; the baseline window follows it. Default 2 minutes.</summary>
    public TimeSpan WarmUp { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The length of the baseline and the end window a soak compares. Default 2 minutes.</summary>
    public TimeSpan SoakWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Redis (<c>host:port</c>) whose used_memory a soak samples; null for none.</summary>
    public string? Redis { get; set; }
}
