using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ExperienceGrid.Testing;

/// <summary>A real silo process on a loopback port, built by this test run; killable with SIGKILL.</summary>
public sealed class SiloProcess : IDisposable
{
    /// <summary>The switch of the Orleans silo-to-silo port (<c>Grid:SiloPort</c>).</summary>
    public const string SiloPortSwitch = "--Grid:SiloPort";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();

    private SiloProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data, error: false);
        _process.ErrorDataReceived += (_, e) => Append(e.Data, error: true);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>What the silo wrote to stderr only.</summary>
    public string Errors
    {
        get
        {
            lock (_output)
            {
                return _errors.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static string SiloAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0
            return Path.Combine(RepositoryRoot, "src", "ExperienceGrid.Silo", "bin", configuration, "net10.0", "ExperienceGrid.Silo.dll");
        }
    }

    /// <summary>The folder of ExperienceGrid.sln above this test run's build output.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "ExperienceGrid.sln")))
            {
                root = root.Parent;
            }

            return root!.FullName;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Starts the silo with <paramref name="arguments"/>. Unless they name one (<c>--Grid:SiloPort</c>), its Orleans
    /// silo port is a free loopback port: silos of tests running side by side must not share one.
    /// </summary>
    public static SiloProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(SiloAssembly), // its appsettings.json and wwwroot
        };
        start.ArgumentList.Add(SiloAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (!arguments.Contains(SiloPortSwitch, StringComparer.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(SiloPortSwitch);
            start.ArgumentList.Add(FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Auth__SigningKey"] = "silo-process-test-signing-key-0123456789"; // Production requires one
        return new SiloProcess(Process.Start(start)!);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private void Append(string? line, bool error)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            if (error)
            {
                _errors.AppendLine(line);
            }
        }
    }
}
