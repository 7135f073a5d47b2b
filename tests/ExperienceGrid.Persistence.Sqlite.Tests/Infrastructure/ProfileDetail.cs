namespace ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;

/// <summary>A polymorphic member of <see cref="ProfileState"/>: its concrete type is written as an alias.</summary>
[GenerateSerializer, Alias("eg.tests.profile-detail")]
public abstract class ProfileDetail
{
    [Id(0)]
    public int Since { get; set; }
}
