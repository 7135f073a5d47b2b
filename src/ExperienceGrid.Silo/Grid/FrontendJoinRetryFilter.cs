using System.Globalization;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Messaging;
using StackExchange.Redis;

namespace ExperienceGrid.Silo.Grid;

/// <summary>
/// How a front end's Orleans client joins its cluster at start: it tries again every second while Redis or every
/// silo's gateway is out of reach, and after <see cref="GridOptions.FrontendJoinTimeout"/> gives up with a
/// <see cref="FrontendJoinException"/> naming which of the two it could not reach. (Orleans' own filter gives up on
/// an unreachable Redis at once and on a cluster without silos after about three minutes, both with a stack trace.)
/// </summary>
public sealed class FrontendJoinRetryFilter(IOptions<GridOptions> options, TimeProvider time) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan _retryDelay = TimeSpan.FromSeconds(1);

    // The client resolves its retry filter when it starts to connect: the join time counts from then.
    private readonly long _started = time.GetTimestamp();

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not ConnectionFailedException && !GridUnavailability.IsTransient(exception))
        {
            return false; // not a cluster out of reach but a bug: Orleans rethrows it as it is
        }

        var grid = options.Value;
        var left = grid.FrontendJoinTimeout - time.GetElapsedTime(_started);
        if (left <= TimeSpan.Zero)
        {
            throw new FrontendJoinException(Reason(grid, exception));
        }

        await Task.Delay(left < _retryDelay ? left : _retryDelay, time, cancellationToken);
        return true;
    }

    private static string Reason(GridOptions grid, Exception exception)
    {
        var redis = GridRedis.Servers(grid.Redis!);
        var within = string.Create(CultureInfo.InvariantCulture, $"within {grid.FrontendJoinTimeout.TotalSeconds:0.###} s");
        return IsRedis(exception)
            ? $"The front end could not join cluster '{grid.ClusterId}': Redis at {redis} did not answer {within}"
            : $"The front end could not join cluster '{grid.ClusterId}': no silo answered {within} (membership on Redis {redis})";
    }

    private static bool IsRedis(Exception? exception) =>
        exception is RedisException or RedisTimeoutException || (exception?.InnerException is { } inner && IsRedis(inner));
}
