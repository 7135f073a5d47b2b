namespace ExperienceGrid.Silo.Chain;

/// <summary>Where the chain configuration lives, bound from the "Chain" section.</summary>
public sealed class ChainOptions
{
    public const string Section = "Chain";

    /// <summary>Path of the chain's JSON; relative paths are tried against the working directory, then the silo's folder. Default: the demo chain.</summary>
    public string ConfigPath { get; set; } = "demo-chain.json";
}
