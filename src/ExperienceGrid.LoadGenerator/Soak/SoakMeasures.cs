namespace ExperienceGrid.LoadGenerator.Soak;

/// <summary>The names of soak measures: a silo's (prefixed with its host and port), Redis' and the run's latencies. The unit ends the name.</summary>
public static class SoakMeasures
{
    public const string MiB = "MiB";
    public const string Millis = "ms";
    public const string HttpP99 = "http p99 ms";
    public const string PushP99 = "push p99 ms";
    public const string RedisUsed = "redis used MiB";

    public static string Rss(string silo) => $"{silo} rss MiB";

    /// <summary>What survived the silo's last gen 2 collection: its live heap, without the garbage a gen 2 collection has yet to take.</summary>
    public static string LiveHeap(string silo) => $"{silo} live heap MiB";

    /// <summary>The silo process' threads (from /proc, on this machine only).</summary>
    public static string Threads(string silo) => $"{silo} threads";

    public static string PoolThreads(string silo) => $"{silo} pool threads";

    /// <summary>Open file handles (from /proc, on this machine only).</summary>
    public static string Handles(string silo) => $"{silo} handles";

    public static string Silo(Uri target) => $"{target.Host}:{target.Port}";
}
