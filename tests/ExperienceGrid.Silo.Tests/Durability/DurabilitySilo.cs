using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ExperienceGrid.Silo.Tests.Durability;

/// <summary>
/// A real silo process on a data directory, started (and restarted) on the same ports, with one ingestion key and one
/// configured chain-manager reader (no demo users outside Development); <see cref="Client"/> ingests with the key and
/// reads signed in as the reader.
/// </summary>
public sealed class DurabilitySilo : IDisposable
{
    private const string Key = "durability-key";
    private const string Reader = "durability-reader";
    private const string ReaderPassword = "durability-reader-password";

    private readonly string _dataDirectory;
    private readonly int _port = SiloProcess.FreePort();
    private readonly int _siloPort = SiloProcess.FreePort();
    private SiloProcess? _process;

    public DurabilitySilo(string dataDirectory)
    {
        _dataDirectory = dataDirectory;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}"), Timeout = TimeSpan.FromSeconds(10) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", Key);
    }

    public HttpClient Client { get; }

    /// <summary>Starts the silo unless it runs, and returns once /health answers 200 (and the reader is signed in).</summary>
    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
        {
            return;
        }

        _process?.Dispose();
        var process = _process = SiloProcess.Start(
            "--urls", $"http://127.0.0.1:{_port}",
            SiloProcess.SiloPortSwitch, _siloPort.ToString(CultureInfo.InvariantCulture),
            "--data-dir", _dataDirectory,
            "--Ingestion:ApiKeys:0", Key,
            "--Auth:Users:0:User", Reader,
            "--Auth:Users:0:Password", ReaderPassword,
            "--Auth:Users:0:Role", "chainManager");
        await Eventually.Until(
            async () =>
            {
                try
                {
                    using var response = await Client.GetAsync("/health");
                    return response.StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return HttpStatusCode.ServiceUnavailable;
                }
            },
            s => s == HttpStatusCode.OK || process.HasExited,
            TimeSpan.FromSeconds(60),
            "the silo to start");
        Assert.False(process.HasExited, $"The silo exited at start:\n{process.Output}");
        if (Client.DefaultRequestHeaders.Authorization is null)
        {
            using var signIn = await Client.PostAsJsonAsync("/api/auth/token", new { user = Reader, password = ReaderPassword });
            signIn.EnsureSuccessStatusCode();
            var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
            Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash.</summary>
    public void Kill() => _process!.Kill();

    public void Dispose()
    {
        Client.Dispose();
        _process?.Dispose();
    }
}
