using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using ExperienceGrid.Domain;
using ExperienceGrid.Simulation;

namespace ExperienceGrid.LoadGenerator.Http;

/// <summary>Posts one batch to one silo and classifies the answer; never throws for a failed send.</summary>
public sealed class TouchpointSender(HttpClient http, string apiKey)
{
    private static readonly MediaTypeHeaderValue _json = new("application/json");

    public async Task<SendResult> PostAsync(Uri target, IReadOnlyList<Touchpoint> batch, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target, "/api/touchpoints"));
        request.Headers.Add("X-Api-Key", apiKey);
        request.Content = new ByteArrayContent(TouchpointRequestJson.ToJsonArray(batch));
        request.Content.Headers.ContentType = _json;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                using var answer = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
                return SendResult.Ok(answer.RootElement.TryGetProperty("duplicates", out var d) ? d.GetInt32() : 0);
            }

            var code = (int)response.StatusCode;
            var retryAfter = response.Headers.RetryAfter;
            // 400/401/413 would fail the same way again; 5xx, 429 and 408 are worth retrying.
            var retryable = code >= 500 || code == 429 || code == 408;
            // The grid's 503 promises a retry will do with Retry-After; one without it breaks that, so it counts apart.
            var kind = code == 503 && retryAfter is null ? "http 503 without Retry-After" : $"http {code}";
            return SendResult.Failed(kind, retryable, retryAfter?.Delta);
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException socket)
        {
            return SendResult.Failed($"connect {socket.SocketErrorCode}", retryable: true, targetDown: true);
        }
        catch (HttpRequestException e)
        {
            return SendResult.Failed($"http {e.HttpRequestError}", retryable: true, targetDown: true);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Failed("timeout", retryable: true);
        }
        catch (IOException)
        {
            return SendResult.Failed("connection reset", retryable: true, targetDown: true);
        }
    }
}
