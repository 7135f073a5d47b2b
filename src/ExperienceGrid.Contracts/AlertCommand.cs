namespace ExperienceGrid.Contracts;

/// <summary>
/// A staff command on an alert, journaled to the venue grain like any event (exactly once).
/// Authorised at the edge (hub or HTTP) before it is appended.
/// </summary>
/// <param name="CommandId">The journal message id: deterministic per alert and command, so retries are duplicates.</param>
/// <param name="Kind"><see cref="Claim"/> or <see cref="Resolve"/>.</param>
/// <param name="By">The user name.</param>
/// <param name="Takeover">A manager may resolve an alert someone else claimed.</param>
public sealed record AlertCommand(
    string CommandId,
    string AlertId,
    string Kind,
    string By,
    string? Action = null,
    string? Note = null,
    bool Takeover = false)
{
    public const string Claim = "claim";

    public const string Resolve = "resolve";
}
