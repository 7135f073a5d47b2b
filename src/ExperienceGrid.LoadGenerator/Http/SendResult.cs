namespace ExperienceGrid.LoadGenerator.Http;

/// <summary>The answer to one batch POST: 202 with counts, or an error kind and whether to retry.</summary>
public sealed record SendResult(bool Accepted, int Duplicates, string? ErrorKind, bool Retryable, TimeSpan? RetryAfter, bool TargetDown)
{
    public static SendResult Ok(int duplicates) => new(true, duplicates, null, false, null, false);

    public static SendResult Failed(string kind, bool retryable, TimeSpan? retryAfter = null, bool targetDown = false) =>
        new(false, 0, kind, retryable, retryAfter, targetDown);
}
