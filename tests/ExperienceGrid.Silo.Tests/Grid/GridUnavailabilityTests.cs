using System.Text.Json;
using ExperienceGrid.Silo.Grid;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Persistence.Redis;
using Orleans.Serialization;
using Orleans.Storage;
using StackExchange.Redis;

namespace ExperienceGrid.Silo.Tests.Grid;

/// <summary>
/// Which failures answer 503 (the grid's storage or a silo is briefly away) and which stay a 500 (a bug), in the
/// shapes they reach the exception handler: as thrown on this silo, and as they arrive from another silo after
/// Orleans' serializer carried them across.
/// </summary>
public sealed class GridUnavailabilityTests
{
    private static readonly Serializer _serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    public static TheoryData<string, Exception> Transient => new()
    {
        { "Redis unreachable, as StateStorageBridge wraps it", StorageFailure(new RedisConnectionException(ConnectionFailureType.SocketClosed, CommandFlags.None, "No connection is active/available to service this operation: HGETALL", null, CommandStatus.WaitingToBeSent)) },
        { "a Redis timeout", StorageFailure(new RedisTimeoutException(CommandFlags.None, "Timeout performing EVAL", CommandStatus.Sent)) },
        { "Redis still loading its append-only file", StorageFailure(new RedisServerException(RedisErrorKind.Loading, CommandFlags.None, "LOADING Redis is loading the dataset in memory")) },
        { "a silo that died", new SiloUnavailableException("The target silo became unavailable") },
        { "an ETag conflict after a failover", new InconsistentStateException("Version conflict", "3", "2") },
        { "a grain call that timed out", new AggregateException(new InvalidOperationException("other"), new TimeoutException("Response did not arrive on time")) },
    };

    public static TheoryData<string, Exception> Bugs => new()
    {
        { "a state that does not deserialize", StorageFailure(new JsonException("The JSON value could not be converted")) },
        { "a Redis script error", StorageFailure(new RedisServerException(RedisErrorKind.UnknownError, CommandFlags.None, "ERR Error running script")) },
        { "a plain bug", new InvalidOperationException("Sequence contains no elements") },
        { "a bug inside an Orleans wrapper", new OrleansException("Error from storage provider", new NullReferenceException()) },
    };

    [Theory]
    [MemberData(nameof(Transient))]
    public void A_failure_of_storage_or_membership_is_transient_on_this_silo_and_after_crossing_from_another(string what, Exception exception)
    {
        Assert.True(GridUnavailability.IsTransient(exception), what);
        Assert.True(GridUnavailability.IsTransient(AcrossSilos(exception)), $"{what}, from another silo");
    }

    [Theory]
    [MemberData(nameof(Bugs))]
    public void A_bug_stays_a_bug_on_this_silo_and_after_crossing_from_another(string what, Exception exception)
    {
        Assert.False(GridUnavailability.IsTransient(exception), what);
        Assert.False(GridUnavailability.IsTransient(AcrossSilos(exception)), $"{what}, from another silo");
    }

    [Fact]
    public void The_embedded_SQLite_file_busy_or_full_is_transient_and_an_SQL_error_is_a_bug()
    {
        // One silo: these never cross to another.
        Assert.True(GridUnavailability.IsTransient(new SqliteException("database is locked", 5)));
        Assert.True(GridUnavailability.IsTransient(new SqliteException("database or disk is full", 13)));
        Assert.False(GridUnavailability.IsTransient(new SqliteException("no such table: grain_state", 1)));
    }

    [Fact]
    public void A_Redis_outage_known_only_from_the_text_of_an_OrleansException_is_transient()
    {
        // What reached the handler in the issue: the RedisStorageException printed into the message, no inner exception.
        var text = new OrleansException(
            "Error from storage provider RedisGrainStorage.customer during ReadStateAsync for grain customer/c-1\n Exc level 0: " +
            "Orleans.Persistence.Redis.RedisStorageException: Failed to read grain state for customer with ID customer/c-1. " +
            "StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGETALL");

        Assert.True(GridUnavailability.IsTransient(text));
    }

    /// <summary>What StateStorageBridge throws when the storage provider fails: an OrleansException printing it, wrapping it.</summary>
    private static OrleansException StorageFailure(Exception cause)
    {
        var storage = new RedisStorageException($"Failed to read grain state for customer with ID customer/c-1. {cause.GetType()}: {cause.Message}", cause);
        return new OrleansException($"Error from storage provider RedisGrainStorage.customer during ReadStateAsync for grain customer/c-1\n Exc level 0: {storage}", storage);
    }

    /// <summary>
    /// What a caller on another silo gets: the exception, when Orleans' serializer can carry it; otherwise (the Redis
    /// client's exceptions have no codec) the outer exception's text alone, as the 3-silo outage runs showed.
    /// </summary>
    private static Exception AcrossSilos(Exception exception)
    {
        try
        {
            return _serializer.Deserialize<Exception>(_serializer.SerializeToArray(exception))!;
        }
        catch (CodecNotFoundException)
        {
            return new OrleansException(exception.Message);
        }
    }
}
