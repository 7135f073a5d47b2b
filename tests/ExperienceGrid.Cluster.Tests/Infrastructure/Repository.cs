using System.Net;
using System.Net.Sockets;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>Paths of the repository and of this test run's silo build; free loopback ports.</summary>
public static class Repository
{
    public static string Root
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "ExperienceGrid.sln")))
            {
                root = root.Parent;
            }

            return root?.FullName ?? throw new InvalidOperationException("ExperienceGrid.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The silo built with this test project (bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string SiloAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(Root, "src", "ExperienceGrid.Silo", "bin", configuration, "net10.0", "ExperienceGrid.Silo.dll");
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A base port whose next <paramref name="count"/> ports are free now.</summary>
    public static int FreePortRange(int count)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var start = Random.Shared.Next(20_000, 30_000);
            if (Enumerable.Range(start + 1, count).All(IsFree))
            {
                return start;
            }
        }

        throw new InvalidOperationException("No free port range found.");
    }

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
