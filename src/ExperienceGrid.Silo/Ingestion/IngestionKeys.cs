using ExperienceGrid.Silo.Auth;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Ingestion;

/// <summary>The configured ingestion keys (<c>Ingestion:ApiKeys</c> for every venue, <c>Ingestion:VenueKeys</c> for some).</summary>
public sealed class IngestionKeys
{
    public const string Header = "X-Api-Key";

    private static readonly object _itemKey = new();
    private readonly (byte[] Digest, IngestionKey Key)[] _keys;

    public IngestionKeys(IOptions<IngestionOptions> options)
    {
        var all = options.Value.ApiKeys.Select((k, i) => (k, new IngestionKey($"ApiKeys:{i}", null)));
        var limited = options.Value.VenueKeys.Select((k, i) =>
            (k.Key, new IngestionKey($"VenueKeys:{i}", k.Venues.ToHashSet(StringComparer.Ordinal))));
        _keys = [.. all.Concat(limited).Where(k => k.Item1.Length > 0).Select(k => (SecretDigest.Of(k.Item1), k.Item2))];
    }

    /// <summary>
    /// The key the request's X-Api-Key header presents, or null. The rate limiter's partition, <see cref="ApiKeyFilter"/>
    /// and the endpoint all ask; the first to ask (the limiter, which runs before any endpoint filter could store the key)
    /// looks it up, and the others read it from the request's items.
    /// </summary>
    public IngestionKey? Of(HttpContext http)
    {
        if (http.Items.TryGetValue(_itemKey, out var known))
        {
            return (IngestionKey?)known;
        }

        var key = Find(http.Request.Headers[Header].ToString());
        http.Items[_itemKey] = key;
        return key;
    }

    // Every key is compared, each as a digest in fixed time, so the time taken tells neither how much of a key matched, nor its length, nor which.
    private IngestionKey? Find(string presented)
    {
        if (presented.Length == 0)
        {
            return null;
        }

        var digest = SecretDigest.Of(presented);
        IngestionKey? found = null;
        foreach (var (secret, key) in _keys)
        {
            if (SecretDigest.Matches(digest, secret))
            {
                found = key;
            }
        }

        return found;
    }
}
