using System.Net;
using System.Net.Sockets;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>Paths of the repository and of the silo this test run built; free loopback ports.</summary>
public static class Repository
{
    private static readonly Lazy<string> _root = new(() =>
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ExperienceGrid.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException($"ExperienceGrid.sln not found above {AppContext.BaseDirectory}");
    });

    public static string Root => _root.Value;

    /// <summary>The silo's build output for this test run's configuration (bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string SiloBuild => BuildOutput("ExperienceGrid.Silo");

    /// <summary>eg-load, as this test run built it.</summary>
    public static string LoadGenerator => Path.Combine(BuildOutput("ExperienceGrid.LoadGenerator.Cli"), "eg-load.dll");

    /// <summary>
    /// A port <c>p</c> such that <c>p+1</c> … <c>p+count</c> are free on 127.0.0.1 now; below the ephemeral range
    /// (32768+), so outgoing connections do not take them while the cluster starts.
    /// </summary>
    public static int FreePortBlock(int count)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var start = Random.Shared.Next(20_000, 32_000 - count);
            if (Enumerable.Range(start + 1, count).All(IsFree))
            {
                return start;
            }
        }

        throw new InvalidOperationException($"No {count} consecutive free ports found.");
    }

    // A project's bin/<Configuration>/net10.0, in the configuration this test assembly was built in.
    private static string BuildOutput(string project) =>
        Path.Combine(Root, "src", project, "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0");

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
