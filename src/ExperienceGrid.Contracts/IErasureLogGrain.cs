namespace ExperienceGrid.Contracts;

/// <summary>The chain's audit of guest erasures, one grain (key <see cref="Key"/>), kept for operators to list.</summary>
[Alias("ExperienceGrid.IErasureLogGrain")]
public interface IErasureLogGrain : IGrainWithStringKey
{
    const string Key = "chain";

    /// <summary>Adds a done erasure, durably before it answers.</summary>
    [Alias("Add")]
    Task Add(ErasureRecord erasure);

    /// <summary>Every erasure, newest first.</summary>
    [Alias("List"), ReadOnly]
    Task<IReadOnlyList<ErasureRecord>> List();
}
