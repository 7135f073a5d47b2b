namespace ExperienceGrid.Benchmarks;

/// <summary>One command per measurement: <c>ingest</c>, <c>raw</c>, <c>calls</c>, <c>history</c>, <c>venue-writes</c>, <c>memory</c> (see <see cref="BenchmarkOptions.Usage"/>).</summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["-h"] or ["--help"] or ["help"])
        {
            Console.WriteLine(BenchmarkOptions.Usage);
            return 0;
        }

        try
        {
            var options = BenchmarkOptions.Parse(args);
            Console.WriteLine($"{options.Mode} {options.Describe()}");
            Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {ProcStat.LoadAverage()}");
            switch (options.Mode)
            {
                case "ingest":
                    await IngestBenchmark.RunAsync(options);
                    break;
                case "raw":
                    await RawStorageBenchmark.RunAsync(options);
                    break;
                case "calls":
                    await CallsBenchmark.RunAsync(options);
                    break;
                case "history":
                    await HistoryBenchmark.RunAsync(options);
                    break;
                case "venue-writes":
                    await VenueWriteBenchmark.RunAsync(options);
                    break;
                default:
                    await MemoryBenchmark.RunAsync(options);
                    break;
            }

            Console.WriteLine($"load average at the end {ProcStat.LoadAverage()}");
            return 0;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine(BenchmarkOptions.Usage);
            return 2;
        }
    }
}
