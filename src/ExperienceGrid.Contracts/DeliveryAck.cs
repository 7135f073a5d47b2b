namespace ExperienceGrid.Contracts;

/// <summary>A venue's answer to a customer's deliveries: the highest sequence it has applied, and has written.</summary>
[GenerateSerializer, Immutable, Alias("Contracts.DeliveryAck")]
public readonly record struct DeliveryAck([property: Id(0)] long Applied, [property: Id(1)] long Written);
