using Orleans.Serialization;
using Orleans.Storage;

namespace ExperienceGrid.Persistence.Sqlite.Storage;

/// <summary>
/// Writes the bytes <see cref="OrleansGrainStorageSerializer"/> writes, through Orleans' pooled buffers. That one grows
/// a new array by doubling for every write: a 68 KB venue state took a 128 KB array from the large object heap each
/// second, which only a full collection frees, and a 4 KB guest state ~16 KB of short-lived arrays per write.
/// </summary>
public sealed class PooledGrainStorageSerializer(Serializer serializer) : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => new(serializer.SerializeToArray(input));

    public T? Deserialize<T>(BinaryData input) => serializer.Deserialize<T>(input.ToMemory());
}
