using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ExperienceGrid.LoadGenerator.Tests.Infrastructure;

/// <summary>
/// An in-memory silo for driver tests: answers POST /api/touchpoints through <see cref="Answer"/>
/// (default 202), can hold answers until released, signs users in (POST /api/auth/token) and serves
/// GET /api/customers/{id} from <see cref="Counts"/> to a caller with the token it issued (else 401).
/// </summary>
public sealed class FakeSilo : HttpMessageHandler
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _posts;

    public FakeSilo(bool holdAnswers = false)
    {
        if (!holdAnswers)
        {
            _release.SetResult();
        }
    }

    public int Posts => Volatile.Read(ref _posts);

    public ConcurrentBag<Uri> Targets { get; } = [];

    public ConcurrentDictionary<string, long> Counts { get; } = new();

    /// <summary>The users who signed in, in order.</summary>
    public ConcurrentQueue<string> SignIns { get; } = new();

    /// <summary>The answer to a sign-in: 200 with <see cref="Token"/> by default.</summary>
    public HttpStatusCode SignInStatus { get; set; } = HttpStatusCode.OK;

    public const string Token = "fake-token";

    /// <summary>Decides the answer to the n-th POST (1-based) and its batch size; default 202.</summary>
    public Func<int, int, HttpResponseMessage> Answer { get; set; } = (_, size) => Accepted(size, 0);

    public void Release() => _release.TrySetResult();

    public static HttpResponseMessage Accepted(int accepted, int duplicates) => new(HttpStatusCode.Accepted)
    {
        Content = new StringContent($$"""{"accepted":{{accepted}},"duplicates":{{duplicates}}}""", Encoding.UTF8, "application/json"),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == "/api/auth/token")
        {
            using var signIn = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
            SignIns.Enqueue(signIn.RootElement.GetProperty("user").GetString()!);
            return SignInStatus == HttpStatusCode.OK
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent($$"""{"token":"{{Token}}"}""") }
                : new HttpResponseMessage(SignInStatus);
        }

        if (request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath.StartsWith("/api/customers/", StringComparison.Ordinal))
        {
            if (request.Headers.Authorization?.ToString() != $"Bearer {Token}")
            {
                return new HttpResponseMessage(HttpStatusCode.Unauthorized);
            }

            var id = Uri.UnescapeDataString(request.RequestUri.AbsolutePath["/api/customers/".Length..]);
            return Counts.TryGetValue(id, out var count)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent($$"""{"customerId":"{{id}}","touchpointCount":{{count}}}""") }
                : new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var size = JsonDocument.Parse(body).RootElement.GetArrayLength();
        Targets.Add(new Uri(request.RequestUri!.GetLeftPart(UriPartial.Authority)));
        var n = Interlocked.Increment(ref _posts);
        await _release.Task.WaitAsync(cancellationToken);
        return Answer(n, size);
    }
}
