using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ExperienceGrid.LoadGenerator.Http;

namespace ExperienceGrid.LoadGenerator.Soak;

/// <summary>
/// Reads one silo's process measures: working set and thread-pool threads from .NET's runtime meter and the live heap
/// (what survived the last gen 2 collection) from the grid's meter, on <c>/metrics</c> (signed in as the run's reader,
/// a chain manager), and, when the silo's pid (<c>target_info</c>'s <c>process_pid</c>) is a silo on this machine, its
/// open handles and threads from /proc.
/// </summary>
public sealed class SiloProbe(HttpClient http, Uri target, string user, string password, ProcReader proc)
{
    private const double Mebibyte = 1024 * 1024;
    private string? _token;

    public string Silo { get; } = SoakMeasures.Silo(target);

    /// <summary>Adds what it read to <paramref name="values"/>; what it could not read goes to <paramref name="problems"/>.</summary>
    public async Task ReadAsync(Dictionary<string, double> values, List<string> problems, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await ScrapeAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            problems.Add($"{Silo} /metrics: {e.Message}");
            return;
        }

        var metrics = PrometheusText.Parse(text);
        Add(values, SoakMeasures.Rss(Silo), metrics.Sum("dotnet_process_memory_working_set_bytes") / Mebibyte);
        Add(values, SoakMeasures.LiveHeap(Silo), metrics.Sum("experiencegrid_gc_live_heap_bytes") / Mebibyte);
        Add(values, SoakMeasures.PoolThreads(Silo), metrics.Sum("dotnet_thread_pool_thread_count"));
        if (!values.ContainsKey(SoakMeasures.Rss(Silo)))
        {
            problems.Add($"{Silo} /metrics has no System.Runtime measures (a silo older than the soak check?)");
        }

        if (int.TryParse(metrics.Label("target_info", "process_pid"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
            && proc.Read(pid) is { } process)
        {
            values[SoakMeasures.Handles(Silo)] = process.Handles;
            Add(values, SoakMeasures.Threads(Silo), process.Threads);
        }
    }

    private async Task<string> ScrapeAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            _token ??= await SignInAsync(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(target, "/metrics"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && attempt == 0)
            {
                _token = null; // expired, or the silo restarted with another signing key
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"answered {(int)response.StatusCode} (--reader must be a chain manager or operator)");
            }

            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
    }

    private async Task<string> SignInAsync(CancellationToken cancellationToken)
    {
        var (token, status) = await new AuthClient(http).SignInAsync(target, user, password, cancellationToken);
        return token ?? throw new InvalidOperationException($"sign-in as {user} answered {status}");
    }

    private static void Add(Dictionary<string, double> values, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            values[name] = v;
        }
    }
}
