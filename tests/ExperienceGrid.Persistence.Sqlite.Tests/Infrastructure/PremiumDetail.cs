namespace ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;

/// <summary>Was <c>GoldDetail</c>, with only <see cref="Level"/>, when <c>VersionToleranceTests.GoldDetailBytes</c> were written.</summary>
[GenerateSerializer, Alias("eg.tests.premium-detail")]
public sealed class PremiumDetail : ProfileDetail
{
    [Id(0)]
    public string Level { get; set; } = "";

    [Id(1)]
    public bool Lounge { get; set; } = true;
}
