namespace ExperienceGrid.Silo.Telemetry;

/// <summary>Why a touchpoint batch was refused: the <c>reason</c> tag of <c>experiencegrid.touchpoint_batches.refused</c>.</summary>
public static class BatchRefusal
{
    /// <summary>400: a field or the body is invalid.</summary>
    public const string Invalid = "invalid";

    /// <summary>403: a venue key posted for another venue.</summary>
    public const string Forbidden = "forbidden";

    /// <summary>413: the body or the batch is too large.</summary>
    public const string TooLarge = "too_large";

    /// <summary>401: no or an unknown API key.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>429: the key used its requests for the window.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>503: a customer grain could not write its state.</summary>
    public const string Unavailable = "unavailable";
}
