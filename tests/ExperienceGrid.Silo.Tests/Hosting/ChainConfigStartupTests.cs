using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hosting;

public sealed class ChainConfigStartupTests : IDisposable
{
    private readonly string _folder = TempFolder.Create("eg-chain");

    [Fact]
    public async Task An_invalid_chain_stops_the_silo_with_every_problem_listed_and_exit_code_2()
    {
        var path = Path.Combine(_folder, "broken-chain.json");
        await File.WriteAllTextAsync(path, """{ "regions": [], "venues": [ { "id": "v1" } ], "touchpoints": [] }""");

        using var silo = SiloProcess.Start("--urls", $"http://127.0.0.1:{SiloProcess.FreePort()}", "--chain", path, "--data-dir", _folder);
        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, exitCode);
        Assert.Contains("The chain configuration is invalid", silo.Output);
        Assert.Contains("venues[0]", silo.Output);
        Assert.DoesNotContain("   at ", silo.Output);
    }

    [Fact]
    public async Task A_missing_chain_file_is_named()
    {
        using var silo = SiloProcess.Start("--urls", $"http://127.0.0.1:{SiloProcess.FreePort()}", "--chain", Path.Combine(_folder, "absent.json"), "--data-dir", _folder);

        Assert.Equal(2, await silo.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("absent.json", silo.Output);
    }

    public void Dispose() => TempFolder.Delete(_folder);
}
