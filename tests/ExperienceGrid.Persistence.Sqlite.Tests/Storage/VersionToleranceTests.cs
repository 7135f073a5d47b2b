using ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace ExperienceGrid.Persistence.Sqlite.Tests.Storage;

public sealed class VersionToleranceTests : IDisposable
{
    /// <summary>
    /// <c>new ProfileState { Name = "Ada", Detail = new GoldDetail { Since = 2019, Level = "gold" } }</c> as Orleans'
    /// serializer wrote it before <c>GoldDetail</c> was renamed. The member's type travels as its alias
    /// ("eg.tests.premium-detail" is visible in the hex), never as a CLR name.
    /// </summary>
    public const string GoldDetailBytes = "204007416461310103224B5D2F65672E74657374732E7072656D69756D2D64657461696C001A3FE84009676F6C64E0E0";

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task A_polymorphic_member_is_found_by_its_alias_after_its_class_was_renamed()
    {
        var grain = GrainId.Create("profile", "renamed-member");
        await using var host = new StorageHost(_database.DatabasePath);
        await host.Database.OpenAsync();
        await InsertRowAsync(grain, Convert.FromHexString(GoldDetailBytes));

        var read = new GrainState<ProfileState>();
        await host.Storage.ReadStateAsync("profile", grain, read);

        Assert.True(read.RecordExists);
        Assert.Equal("Ada", read.State!.Name);
        var detail = Assert.IsType<PremiumDetail>(read.State.Detail);
        Assert.Equal(2019, detail.Since);
        Assert.Equal("gold", detail.Level);
        Assert.True(detail.Lounge); // added later: its default
    }

    [Fact]
    public async Task State_written_as_one_type_is_read_as_a_renamed_type_with_an_added_field()
    {
        // The state's own type is not in the payload (the grain declares it); its fields are matched by [Id].
        var grain = GrainId.Create("profile", "renamed-state");
        var written = new GrainState<ProfileState>(new ProfileState { Name = "Grace", Detail = new PremiumDetail { Since = 2024, Level = "silver" } });
        await using (var before = new StorageHost(_database.DatabasePath))
        {
            await before.Storage.WriteStateAsync("profile", grain, written);
        }

        await using var after = new StorageHost(_database.DatabasePath);
        var read = new GrainState<ProfileStateV2>();
        await after.Storage.ReadStateAsync("profile", grain, read);

        Assert.True(read.RecordExists);
        Assert.Equal("Grace", read.State!.Name);
        Assert.Equal("silver", Assert.IsType<PremiumDetail>(read.State.Detail).Level);
        Assert.Equal(-1, read.State.Visits);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(100_000)] // past the large object heap's threshold, where the pooled buffer spans segments
    public async Task A_state_is_stored_as_the_bytes_of_orleans_own_storage_serializer(int nameLength)
    {
        // Rows and Redis keys written with Orleans' storage serializer read back unchanged, and the other way round.
        var grain = GrainId.Create("profile", $"same-bytes-{nameLength}");
        var state = new ProfileState { Name = new string('a', nameLength), Detail = new PremiumDetail { Since = 2019, Level = "gold" } };
        await using var host = new StorageHost(_database.DatabasePath);
        await host.Storage.WriteStateAsync("profile", grain, new GrainState<ProfileState>(state));

        var expected = new OrleansGrainStorageSerializer(host.Services.GetRequiredService<Serializer>()).Serialize(state).ToArray();
        Assert.Equal(expected, await ReadPayloadAsync(grain));
    }

    private async Task<byte[]> ReadPayloadAsync(GrainId grain)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE grain_id = $grain";
        command.Parameters.AddWithValue("$grain", grain.ToString());
        return (byte[])(await command.ExecuteScalarAsync())!;
    }

    private async Task InsertRowAsync(GrainId grain, byte[] payload)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO grain_state (service_id, state_name, grain_id, version, payload) VALUES ($service, 'profile', $grain, 1, $payload)";
        command.Parameters.AddWithValue("$service", StorageHost.DefaultServiceId);
        command.Parameters.AddWithValue("$grain", grain.ToString());
        command.Parameters.AddWithValue("$payload", payload);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => _database.Dispose();
}
