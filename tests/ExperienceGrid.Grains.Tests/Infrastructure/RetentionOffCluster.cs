using ExperienceGrid.Silo.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>A <see cref="RetentionCluster"/>'s settings with retention off (Privacy:RetainInactiveGuests 00:00:00).</summary>
public sealed class RetentionOffCluster() : GridCluster(new GridTestSettings(
    VenueWriteInterval: TimeSpan.FromMilliseconds(200),
    DeliveryRetryInterval: TimeSpan.FromMilliseconds(300),
    ClaimTimeout: TimeSpan.FromMinutes(5)))
{
    protected override void ConfigureSilo(ISiloBuilder silo) =>
        silo.Services.Configure<PrivacyOptions>(o => o.RetainInactiveGuests = TimeSpan.Zero);
}
