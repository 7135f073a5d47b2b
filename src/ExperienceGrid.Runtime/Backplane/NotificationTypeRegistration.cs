namespace ExperienceGrid.Runtime.Backplane;

/// <summary>A notification type the backplane forwards between silos, under a stable name.</summary>
public sealed record NotificationTypeRegistration(string Name, Type Type);
