namespace ExperienceGrid.LoadGenerator;

/// <summary>Checks a run's options; each message names the command-line option it is about.</summary>
public static class LoadOptionsValidator
{
    public static IReadOnlyList<string> Validate(LoadOptions options)
    {
        var problems = new List<string>();
        if (options.Targets.Count == 0)
        {
            problems.Add("--target is missing; give at least one silo URL, e.g. http://127.0.0.1:5080");
        }

        foreach (var target in options.Targets)
        {
            if (!target.IsAbsoluteUri || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
            {
                problems.Add($"--target '{target}' is not an http(s) URL");
            }
        }

        Positive(problems, "--rate", options.Rate, "events per second");
        if (options.Rate > 1_000_000)
        {
            problems.Add($"--rate is {options.Rate}; it must be at most 1000000 events per second");
        }

        if (options.Duration <= TimeSpan.Zero)
        {
            problems.Add($"--duration is {options.Duration}; it must be longer than 0 (e.g. 30s)");
        }

        Range(problems, "--batch", options.Batch, 1, 10_000);
        Range(problems, "--customers", options.Customers, 1, 10_000_000);
        Range(problems, "--venues", options.Venues, 0, 100_000);
        Range(problems, "--staff", options.Staff, 0, 10_000);
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            problems.Add("--api-key is empty");
        }

        if (string.IsNullOrWhiteSpace(options.Reader) || string.IsNullOrEmpty(options.ReaderPassword))
        {
            problems.Add("--reader and --reader-password must name a user who sees every venue (default chain.manager / demo)");
        }

        if (!File.Exists(options.ChainPath))
        {
            problems.Add($"--chain '{options.ChainPath}' does not exist");
        }

        ValidateFaults(options, problems);
        ValidateSoak(options, problems);
        if (options.FindMax)
        {
            Positive(problems, "--p99-bound", options.P99Bound.TotalMilliseconds, "milliseconds");
            if (options.StepFactor <= 1)
            {
                problems.Add($"--step-factor is {options.StepFactor}; it must be greater than 1");
            }

            Range(problems, "--max-steps", options.MaxSteps, 1, 50);
        }

        return problems;
    }

    private static void ValidateFaults(LoadOptions options, List<string> problems)
    {
        if (options.KillSilo is null)
        {
            if (options.KillAt is not null || options.RestartAt is not null)
            {
                problems.Add("--kill-at and --restart-at need --kill-silo");
            }

            return;
        }

        if (options.KillSilo < 1)
        {
            problems.Add($"--kill-silo is {options.KillSilo}; silos are numbered from 1");
        }

        if (options.KillAt is not { } killAt || killAt < TimeSpan.Zero || killAt >= options.Duration)
        {
            problems.Add("--kill-at is missing or outside the run; it must be within --duration (e.g. 20s)");
        }
        else if (options.RestartAt is { } restartAt && restartAt <= killAt)
        {
            problems.Add($"--restart-at ({restartAt.TotalSeconds}s) must come after --kill-at ({killAt.TotalSeconds}s)");
        }

        if (options.FindMax)
        {
            problems.Add("--kill-silo cannot be combined with --find-max");
        }

        if (!File.Exists(options.ClusterScript))
        {
            problems.Add($"--cluster-script '{options.ClusterScript}' does not exist; faults are injected through the cluster script");
        }
    }

    private static void ValidateSoak(LoadOptions options, List<string> problems)
    {
        if (!options.Soak)
        {
            return;
        }

        if (options.SampleEvery < TimeSpan.FromSeconds(1))
        {
            problems.Add($"--sample-every is {options.SampleEvery}; it must be at least 1s (e.g. 1m)");
        }

        if (options.WarmUp < TimeSpan.Zero)
        {
            problems.Add($"--warm-up is {options.WarmUp}; it must not be negative");
        }

        if (options.SoakWindow < options.SampleEvery)
        {
            problems.Add($"--soak-window ({options.SoakWindow.TotalSeconds}s) must hold a sample: at least --sample-every ({options.SampleEvery.TotalSeconds}s)");
        }
        else if (options.Duration < options.WarmUp + 2 * options.SoakWindow)
        {
            problems.Add($"--duration ({options.Duration.TotalSeconds}s) is too short for --soak: it needs --warm-up ({options.WarmUp.TotalSeconds}s) and two --soak-window ({options.SoakWindow.TotalSeconds}s each)");
        }

        if (options.FindMax)
        {
            problems.Add("--soak cannot be combined with --find-max");
        }

        if (options.Redis is { } redis && !IsHostAndPort(redis))
        {
            problems.Add($"--redis '{redis}' is not host:port such as 127.0.0.1:6379");
        }
    }

    private static bool IsHostAndPort(string text)
    {
        var colon = text.LastIndexOf(':');
        return colon > 0 && int.TryParse(text[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536;
    }

    private static void Positive(List<string> problems, string option, double value, string unit)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            problems.Add($"{option} is {value}; it must be greater than 0 {unit}");
        }
    }

    private static void Range(List<string> problems, string option, int value, int low, int high)
    {
        if (value < low || value > high)
        {
            problems.Add($"{option} is {value}; it must be between {low} and {high}");
        }
    }
}
