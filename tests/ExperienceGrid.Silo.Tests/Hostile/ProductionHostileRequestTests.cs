namespace ExperienceGrid.Silo.Tests.Hostile;

public sealed class ProductionHostileRequestTests(ProductionSilo silo) : HostileRequestTests(silo), IClassFixture<ProductionSilo>;
