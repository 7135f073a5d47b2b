using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>
/// Eager venue writes, and a <see cref="GrainCallProbe"/> on every silo. Retention keeps its default (400 days): the
/// tests' guests are made inactive by touchpoints of over 400 days ago, so the real clock sweeps them.
/// </summary>
public sealed class RetentionCluster() : GridCluster(new GridTestSettings(
    VenueWriteInterval: TimeSpan.FromMilliseconds(200),
    DeliveryRetryInterval: TimeSpan.FromMilliseconds(300),
    ClaimTimeout: TimeSpan.FromMinutes(5)))
{
    public GrainCallProbe Calls { get; } = new();

    protected override void ConfigureSilo(ISiloBuilder silo) => silo.Services.AddSingleton<IIncomingGrainCallFilter>(Calls);
}
