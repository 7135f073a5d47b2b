namespace ExperienceGrid.Benchmarks;

/// <summary>What one benchmark run does; parsed from --name value pairs.</summary>
public sealed record BenchmarkSettings(int Events, int Batch, int Senders, int Partitions)
{
    public const string Usage = "usage: ExperienceGrid.Benchmarks [--events 200000] [--batch 1000] [--senders 4] [--partitions 64]";

    public static BenchmarkSettings Parse(string[] args)
    {
        var values = new Dictionary<string, int> { ["--events"] = 200_000, ["--batch"] = 1_000, ["--senders"] = 4, ["--partitions"] = 64 };
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!values.ContainsKey(args[i]))
            {
                throw new ArgumentException($"unknown option '{args[i]}'");
            }

            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], out var value) || value < 1)
            {
                throw new ArgumentException($"{args[i]} needs a whole number of at least 1");
            }

            values[args[i]] = value;
        }

        if (values["--batch"] > 10_000)
        {
            throw new ArgumentException("--batch is at most 10000 (the silo's batch limit)");
        }

        return new(values["--events"], values["--batch"], values["--senders"], values["--partitions"]);
    }
}
