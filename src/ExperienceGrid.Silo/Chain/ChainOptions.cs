using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Silo.Chain;

/// <summary>Where the chain configuration lives, bound from the "Chain" section.</summary>
public sealed class ChainOptions
{
    public const string Section = "Chain";

    /// <summary>Path of the chain's JSON; relative paths are tried against the working directory, then the silo's folder. Default: the demo chain.</summary>
    public string ConfigPath { get; set; } = "demo-chain.json";

    /// <summary>When set, replaces the chain config's follow-up due time (the demo shortens it to minutes).</summary>
    public TimeSpan? FollowUpDue { get; set; }

    /// <summary>The chain at <see cref="ConfigPath"/>, with <see cref="FollowUpDue"/> applied.</summary>
    public ChainConfig Load()
    {
        var chain = ChainConfigFile.Load(ConfigPath);
        return FollowUpDue switch
        {
            null => chain,
            { } due when due > TimeSpan.Zero => chain.WithInsights(chain.Insights with { FollowUpDue = due }),
            { } due => throw new InvalidOperationException($"Chain:FollowUpDue must be positive, not {due}."),
        };
    }
}
