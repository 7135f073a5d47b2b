namespace ExperienceGrid.Silo.Ingestion;

/// <summary>What a touchpoint's fields may hold (README, "HTTP API", lists the same).</summary>
public static class TouchpointLimits
{
    /// <summary>Longest id (eventId, customerId, staffId, zone, venueId, touchpoint), in characters.</summary>
    public const int MaxIdLength = 128;

    /// <summary>Measured values (minutes of a wait, a rating, an amount) lie in [MinValue, MaxValue].</summary>
    public const double MinValue = 0;

    public const double MaxValue = 10_000;

    public const int MaxAttributes = 32;

    public const int MaxAttributeNameLength = 64;

    public const int MaxAttributeValueLength = 256;

    /// <summary>How far ahead of the silo's clock an event time may be (device clocks drift; a day-ahead time would skew every aggregate).</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Why <paramref name="id"/> cannot be an id, or null. An accepted id must survive a round trip as one URL path
    /// segment (<c>GET /api/customers/{id}</c>): no '/' or '\', not "." or "..", no control characters, and no
    /// whitespace at either end, which clients and proxies trim.
    /// </summary>
    public static string? IdProblem(string id)
    {
        if (id.Length == 0)
        {
            return "must not be empty";
        }

        if (id.Length > MaxIdLength)
        {
            return $"must be at most {MaxIdLength} characters";
        }

        if (id is "." or ".." || id.AsSpan().IndexOfAny('/', '\\') >= 0)
        {
            return "must not contain '/' or '\\' or be '.' or '..'";
        }

        if (HasControl(id))
        {
            return "must not contain control characters";
        }

        return char.IsWhiteSpace(id[0]) || char.IsWhiteSpace(id[^1]) ? "must not start or end with whitespace" : null;
    }

    /// <summary>Whether <paramref name="text"/> holds a C0 or C1 control character (what <see cref="char.IsControl(char)"/> means).</summary>
    public static bool HasControl(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u0000', '\u001F') || text.ContainsAnyInRange('\u007F', '\u009F');
}
