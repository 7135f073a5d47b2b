using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace ExperienceGrid.Persistence.Sqlite.Storage;

/// <summary>
/// Orleans grain storage in the shared SQLite file. Rows are keyed by (service id, state name, grain id); the ETag is
/// the row's integer version. Writes are group-committed by <see cref="SqliteDatabase"/> and complete only after
/// their transaction committed; reads use their own connections.
/// </summary>
internal sealed class SqliteGrainStorage(
    string name,
    SqliteDatabase database,
    string serviceId,
    IGrainStorageSerializer serializer,
    IActivatorProvider activators,
    ILogger<SqliteGrainStorage> logger) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private const string Select = $"SELECT version, payload FROM grain_state WHERE {GrainStateKey.Where}";

    /// <summary>Creates the provider registered under <paramref name="name"/> from its named options.</summary>
    public static SqliteGrainStorage Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<SqliteStorageOptions>>().Get(name);
        return new SqliteGrainStorage(
            name,
            services.GetRequiredService<SqliteDatabaseRegistry>().Get(options),
            services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            options.GrainStorageSerializer ?? new PooledGrainStorageSerializer(services.GetRequiredService<Serializer>()),
            services.GetRequiredService<IActivatorProvider>(),
            services.GetRequiredService<ILogger<SqliteGrainStorage>>());
    }

    internal SqliteDatabase Database => database;

    /// <summary>Opens the file while the silo starts, so a bad path fails the start rather than the first grain.</summary>
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe($"{nameof(SqliteGrainStorage)}-{name}", ServiceLifecycleStage.ApplicationServices, ct => database.OpenAsync().WaitAsync(ct));

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = Key(stateName, grainId);
        await using var connection = await database.OpenReadConnectionAsync().ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = Select;
        key.Bind(command);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            Reset(grainState, eTag: null);
            return;
        }

        var version = reader.GetInt64(0);
        if (reader.IsDBNull(1))
        {
            Reset(grainState, ToETag(version));
            return;
        }

        grainState.State = serializer.Deserialize<T>(BinaryData.FromBytes(reader.GetFieldValue<byte[]>(1)));
        grainState.ETag = ToETag(version);
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = Key(stateName, grainId);
        var expected = ParseETag(grainState.ETag, key, "write");
        var payload = ToPayload(serializer.Serialize(grainState.State));
        try
        {
            var version = await database.WriteAsync(new GrainStateWrite(key, expected, payload)).ConfigureAwait(false);
            grainState.ETag = ToETag(version);
            grainState.RecordExists = true;
        }
        catch (InconsistentStateException conflict)
        {
            SqliteStorageLog.StateConflict(logger, "write", stateName, key.GrainId, grainState.ETag, conflict.StoredEtag);
            throw;
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = Key(stateName, grainId);
        var expected = ParseETag(grainState.ETag, key, "clear");
        try
        {
            var version = await database.WriteAsync(new GrainStateClear(key, expected)).ConfigureAwait(false);
            Reset(grainState, version is { } v ? ToETag(v) : null);
        }
        catch (InconsistentStateException conflict)
        {
            SqliteStorageLog.StateConflict(logger, "clear", stateName, key.GrainId, grainState.ETag, conflict.StoredEtag);
            throw;
        }
    }

    /// <summary>The serialized bytes as one array: the serializer's own when it made a whole one (ours does), not a copy.</summary>
    private static byte[] ToPayload(BinaryData data) =>
        MemoryMarshal.TryGetArray(data.ToMemory(), out var bytes) && bytes is { Offset: 0, Array: { } array } && bytes.Count == array.Length
            ? array
            : data.ToArray();

    private GrainStateKey Key(string stateName, GrainId grainId) => new(serviceId, stateName, grainId.ToString());

    private void Reset<T>(IGrainState<T> grainState, string? eTag)
    {
        grainState.State = activators.GetActivator<T>().Create();
        grainState.ETag = eTag;
        grainState.RecordExists = false;
    }

    private static string ToETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    // An ETag this provider did not issue can match no row: refuse it like any other mismatch.
    private static long? ParseETag(string? eTag, GrainStateKey key, string operation) =>
        eTag is null ? null
        : long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : throw new InconsistentStateException(
            $"ETag conflict on {operation} of state '{key.StateName}' for grain {key.GrainId}: '{eTag}' is not an ETag of this storage.",
            string.Empty,
            eTag);
}
