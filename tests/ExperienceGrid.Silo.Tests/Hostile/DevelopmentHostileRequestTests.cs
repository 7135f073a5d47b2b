namespace ExperienceGrid.Silo.Tests.Hostile;

public sealed class DevelopmentHostileRequestTests(DevelopmentSilo silo) : HostileRequestTests(silo), IClassFixture<DevelopmentSilo>;
