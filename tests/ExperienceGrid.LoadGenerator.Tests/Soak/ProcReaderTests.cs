using ExperienceGrid.LoadGenerator.Soak;

namespace ExperienceGrid.LoadGenerator.Tests.Soak;

/// <summary>Reads a folder shaped like /proc: <c>&lt;pid&gt;/cmdline</c>, <c>&lt;pid&gt;/fd/*</c>, <c>&lt;pid&gt;/status</c>.</summary>
public sealed class ProcReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("eg-load-proc-").FullName;

    [Fact]
    public void Counts_a_silos_open_handles_and_threads()
    {
        Process(4242, "dotnet\0/app/ExperienceGrid.Silo.dll\0--urls\0http://127.0.0.1:5080\0", handles: 7, "Name:\tdotnet\nState:\tS (sleeping)\nThreads:\t31\nVmRSS:\t 20000 kB\n");

        Assert.Equal((7, 31), new ProcReader(_root).Read(4242));
    }

    [Fact]
    public void A_pid_that_is_not_a_silo_is_not_read()
    {
        Process(4243, "/usr/bin/redis-server\0", handles: 3, "Threads:\t4\n");

        Assert.Null(new ProcReader(_root).Read(4243));
    }

    [Fact]
    public void A_pid_not_on_this_machine_is_not_read()
    {
        Assert.Null(new ProcReader(_root).Read(999_999));
    }

    [Fact]
    public void A_status_without_threads_still_gives_the_handles()
    {
        Process(4244, "ExperienceGrid.Silo\0", handles: 2, "Name:\tx\n");

        Assert.Equal((2, (int?)null), new ProcReader(_root).Read(4244));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Process(int pid, string commandLine, int handles, string status)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, pid.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName;
        File.WriteAllText(Path.Combine(folder, "cmdline"), commandLine);
        File.WriteAllText(Path.Combine(folder, "status"), status);
        var fd = Directory.CreateDirectory(Path.Combine(folder, "fd")).FullName;
        for (var i = 0; i < handles; i++)
        {
            File.WriteAllText(Path.Combine(fd, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), "");
        }
    }
}
