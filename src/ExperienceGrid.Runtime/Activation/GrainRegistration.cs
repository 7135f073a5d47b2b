namespace ExperienceGrid.Runtime.Activation;

/// <summary>A grain type: its name in <see cref="GrainId.Type"/>, its interface and its class.</summary>
internal sealed record GrainRegistration(string Name, Type Interface, Type GrainClass);
