using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hubs;

public sealed class SigningKeyStartupTests : IDisposable
{
    private readonly string _folder = TempFolder.Create("eg-signing-key");

    public void Dispose() => TempFolder.Delete(_folder);

    [Fact]
    public async Task Outside_development_the_silo_refuses_to_start_without_a_signing_key_and_says_which_setting()
    {
        using var silo = SiloProcess.Start("--urls", $"http://127.0.0.1:{SiloProcess.FreePort()}", "--data-dir", _folder, "--Auth:SigningKey", "");

        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(silo.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Invalid Auth configuration: Auth:SigningKey is not set", line);
        Assert.DoesNotContain("   at ", silo.Output);
    }
}
