namespace ExperienceGrid.Domain.Venues;

/// <summary>A staff command on an alert, authorised at the edge (hub or HTTP) before it reaches the venue grain.</summary>
/// <param name="Kind"><see cref="Claim"/> or <see cref="Resolve"/>.</param>
/// <param name="By">The user name.</param>
/// <param name="Takeover">A manager may resolve an alert someone else claimed.</param>
[GenerateSerializer, Immutable, Alias("Contracts.AlertCommand")]
public sealed record AlertCommand(
    [property: Id(0)] string AlertId,
    [property: Id(1)] string Kind,
    [property: Id(2)] string By,
    [property: Id(3)] string? Action = null,
    [property: Id(4)] string? Note = null,
    [property: Id(5)] bool Takeover = false)
{
    public const string Claim = "claim";

    public const string Resolve = "resolve";
}
