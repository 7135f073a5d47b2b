using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hosting;

public sealed class ChainConfigStartupTests : IDisposable
{
    private readonly string _folder = TempFolder.Create("eg-chain");

    [Fact]
    public async Task An_invalid_chain_stops_the_silo_with_exit_code_1_and_every_problem_on_one_line()
    {
        var path = Path.Combine(_folder, "broken-chain.json");
        await File.WriteAllTextAsync(path, """{ "regions": [], "venues": [ { "id": "v1" } ], "touchpoints": [] }""");

        using var silo = SiloProcess.Start("--urls", $"http://127.0.0.1:{SiloProcess.FreePort()}", "--chain", path, "--data-dir", _folder);
        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(silo.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("The chain configuration is invalid: ", line);
        Assert.Contains("venues[0]", line);
        Assert.DoesNotContain("   at ", silo.Output);
    }

    [Fact]
    public async Task A_missing_chain_file_is_named()
    {
        using var silo = SiloProcess.Start("--urls", $"http://127.0.0.1:{SiloProcess.FreePort()}", "--chain", Path.Combine(_folder, "absent.json"), "--data-dir", _folder);

        Assert.Equal(1, await silo.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("absent.json", silo.Output);
    }

    public void Dispose() => TempFolder.Delete(_folder);
}
