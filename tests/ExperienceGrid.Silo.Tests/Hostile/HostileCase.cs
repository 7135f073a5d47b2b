using System.Net.Http.Headers;

namespace ExperienceGrid.Silo.Tests.Hostile;

/// <summary>
/// One hostile request and what the silo must answer: never a 5xx; <see cref="Status"/> when given; an
/// <c>errors</c> entry for <see cref="ErrorKey"/> when given; customer <see cref="Unapplied"/> still unknown after it.
/// </summary>
public sealed record HostileCase(
    HttpMethod Method,
    string Target,
    byte[]? Body = null,
    string? ContentType = "application/json",
    int? Status = 400,
    string? ErrorKey = null,
    string? Unapplied = null,
    bool Anonymous = false)
{
    /// <summary>The request with its path and query sent byte for byte as written (no canonicalization by Uri).</summary>
    public HttpRequestMessage ToRequest(Uri server)
    {
        var uri = new Uri(server.GetLeftPart(UriPartial.Authority) + Target, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        var request = new HttpRequestMessage(Method, uri);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }
        }

        return request;
    }
}
