namespace ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;

/// <summary>A state with a polymorphic member.</summary>
[GenerateSerializer, Alias("eg.tests.profile")]
public sealed class ProfileState
{
    [Id(0)]
    public string Name { get; set; } = "";

    [Id(1)]
    public ProfileDetail? Detail { get; set; }
}
