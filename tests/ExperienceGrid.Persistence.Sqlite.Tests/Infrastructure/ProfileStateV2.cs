namespace ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;

/// <summary>A later shape of <see cref="ProfileState"/>: another class name and alias, one more field.</summary>
[GenerateSerializer, Alias("eg.tests.profile.v2")]
public sealed class ProfileStateV2
{
    [Id(0)]
    public string Name { get; set; } = "";

    [Id(1)]
    public ProfileDetail? Detail { get; set; }

    [Id(2)]
    public int Visits { get; set; } = -1;
}
