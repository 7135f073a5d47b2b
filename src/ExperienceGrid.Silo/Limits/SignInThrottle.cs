using System.Threading.RateLimiting;
using ExperienceGrid.Silo.Auth;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Limits;

/// <summary>
/// Counts failed sign-ins per user name and per client address in fixed windows (the rate limiters ASP.NET Core's
/// middleware is built on; the user name is in the body, which that middleware does not read). The limits are
/// settings of sign-in, so they live in <see cref="AuthOptions"/>.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _users;
    private readonly PartitionedRateLimiter<string> _addresses;

    public SignInThrottle(IOptions<AuthOptions> options)
    {
        var limits = options.Value;
        _users = Failures(limits.SignInFailuresPerUser, limits.SignInFailureWindow);
        _addresses = Failures(limits.SignInFailuresPerAddress, limits.SignInFailureWindow);
    }

    /// <summary>Null while <paramref name="user"/> from <paramref name="address"/> may try; else how long to wait.</summary>
    public TimeSpan? Refusal(string user, string address)
    {
        // Zero permits asks whether any are left without using one.
        using var byUser = _users.AttemptAcquire(user, 0);
        using var byAddress = _addresses.AttemptAcquire(address, 0);
        return byUser.IsAcquired && byAddress.IsAcquired ? null : Max(RetryAfter(byUser), RetryAfter(byAddress));
    }

    public void Failed(string user, string address)
    {
        _users.AttemptAcquire(user).Dispose();
        _addresses.AttemptAcquire(address).Dispose();
    }

    public void Dispose()
    {
        _users.Dispose();
        _addresses.Dispose();
    }

    private static PartitionedRateLimiter<string> Failures(int limit, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 }));

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        !lease.IsAcquired && lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.Zero;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
