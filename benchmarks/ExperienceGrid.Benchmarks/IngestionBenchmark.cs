namespace ExperienceGrid.Benchmarks;

/// <summary>Raw journal append rate vs HTTP -> journal -> grains, measured in one run.</summary>
public static class IngestionBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        BenchmarkSettings settings;
        try
        {
            settings = BenchmarkSettings.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine(BenchmarkSettings.Usage);
            return 2;
        }

        var workload = Workload.Create(settings);
        Console.WriteLine($"{settings.Events:N0} touchpoints of {workload.Customers:N0} guests, batches of {settings.Batch:N0}, {settings.Partitions} partitions, {Environment.ProcessorCount} cores");

        var raw = await RawAppendRun.RunAsync(settings, workload);
        Console.WriteLine($"raw SQLite append (one writer, batches of {settings.Batch:N0}): {raw.Rate,10:N0} events/s");

        var endToEnd = await EndToEndRun.RunAsync(settings, workload);
        Console.WriteLine($"HTTP ingestion, all answered 202 ({settings.Senders} senders):  {endToEnd.IngestRate,10:N0} events/s");
        Console.WriteLine($"end to end, HTTP -> journal -> grains applied:  {endToEnd.AppliedRate,10:N0} events/s");
        Console.WriteLine($"end to end / raw append:                        {endToEnd.AppliedRate / raw.Rate,10:P0}");
        return 0;
    }
}
