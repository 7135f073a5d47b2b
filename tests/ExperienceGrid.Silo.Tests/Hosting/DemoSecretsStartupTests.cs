using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hosting;

/// <summary>A real silo process in Production given the secrets the repository publishes.</summary>
public sealed class DemoSecretsStartupTests : IDisposable
{
    private readonly string _folder = TempFolder.Create("eg-demo-secrets");

    public void Dispose() => TempFolder.Delete(_folder);

    [Theory]
    [InlineData("--Auth:SigningKey", DemoSecrets.SigningKey, "Auth:SigningKey is the development signing key")]
    [InlineData("--Ingestion:ApiKeys:1", DemoSecrets.ApiKey, "Ingestion:ApiKeys:1 is the development API key")]
    [InlineData("--Auth:DemoUsers", "true", "Auth:DemoUsers is true")]
    public async Task Outside_development_a_published_secret_stops_the_silo_with_exit_code_1_and_one_line(string setting, string value, string named)
    {
        using var silo = Start(SiloProcess.FreePort(), setting, value);

        Assert.Equal(1, await silo.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var line = Assert.Single(Lines(silo.Errors));
        Assert.Contains("Refusing to start in the Production environment", line);
        Assert.Contains(named, line);
        Assert.Contains("--allow-demo-secrets", line);
        Assert.DoesNotContain("   at ", silo.Output);
    }

    [Fact]
    public async Task With_the_switch_a_demo_outside_development_starts_and_its_demo_users_sign_in()
    {
        var port = SiloProcess.FreePort();
        using var silo = Start(
            port, "--Auth:SigningKey", DemoSecrets.SigningKey, "--Auth:DemoUsers", "true", "--Ingestion:ApiKeys:0", DemoSecrets.ApiKey, "--allow-demo-secrets", "true");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        await Eventually.Until(() => HealthAsync(http, silo), s => s == HttpStatusCode.OK || silo.HasExited, TimeSpan.FromSeconds(60), "the silo to start");
        Assert.False(silo.HasExited, silo.Output);
        using var signIn = await http.PostAsJsonAsync("/api/auth/token", new { user = "chain.manager", password = "demo" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal("chainManager", (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString());
    }

    [Fact]
    public void The_published_secrets_are_those_of_appsettings_development()
    {
        var path = Path.Combine(Path.GetDirectoryName(SiloProcess.SiloAssembly)!, "appsettings.Development.json");
        using var settings = JsonDocument.Parse(File.ReadAllText(path));

        Assert.Equal(DemoSecrets.SigningKey, settings.RootElement.GetProperty("Auth").GetProperty("SigningKey").GetString());
        Assert.Contains(DemoSecrets.ApiKey, settings.RootElement.GetProperty("Ingestion").GetProperty("ApiKeys").EnumerateArray().Select(k => k.GetString()));
    }

    private SiloProcess Start(int port, params string[] arguments) =>
        SiloProcess.Start(["--urls", $"http://127.0.0.1:{port}", "--data-dir", _folder, .. arguments]);

    private static async Task<HttpStatusCode> HealthAsync(HttpClient http, SiloProcess silo)
    {
        try
        {
            using var response = await http.GetAsync("/health");
            return response.StatusCode;
        }
        catch (HttpRequestException) when (!silo.HasExited)
        {
            return HttpStatusCode.ServiceUnavailable;
        }
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
