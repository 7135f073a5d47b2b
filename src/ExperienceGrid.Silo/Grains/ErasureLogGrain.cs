using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Grid;

namespace ExperienceGrid.Silo.Grains;

/// <summary>The erasure audit: a list that only grows (erasures are rare; each record is a few dozen bytes).</summary>
public sealed class ErasureLogGrain(
    [PersistentState("erasures", GridHostingExtensions.GrainStorage)] IPersistentState<List<ErasureRecord>> state) : Grain, IErasureLogGrain
{
    public async Task Add(ErasureRecord erasure)
    {
        state.State.Add(erasure);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<ErasureRecord>> List() => Task.FromResult<IReadOnlyList<ErasureRecord>>([.. state.State.AsEnumerable().Reverse()]);
}
