namespace ExperienceGrid.Domain.Configuration;

/// <summary>A chain configuration is invalid; <see cref="Problems"/> lists every problem by JSON path.</summary>
public sealed class ChainConfigException(IReadOnlyList<string> problems)
    : Exception("Invalid chain configuration: " + string.Join("; ", problems))
{
    /// <summary>Each problem as <c>path: message</c>.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
