namespace ExperienceGrid.Runtime.Activation;

/// <summary>Lookup of registered grain types by name and by interface. Identical duplicate registrations are ignored.</summary>
internal sealed class GrainTypeRegistry
{
    private readonly Dictionary<string, GrainRegistration> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, GrainRegistration> _byInterface = [];

    public GrainTypeRegistry(IEnumerable<GrainRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            if (_byName.TryGetValue(registration.Name, out var existing) || _byInterface.TryGetValue(registration.Interface, out existing))
            {
                if (existing != registration)
                {
                    throw new InvalidOperationException(
                        $"Grain registration {registration} conflicts with {existing}: names and interfaces must be unique.");
                }

                continue;
            }

            _byName.Add(registration.Name, registration);
            _byInterface.Add(registration.Interface, registration);
        }
    }

    public bool TryGetByName(string name, out GrainRegistration registration) =>
        _byName.TryGetValue(name, out registration!);

    public GrainRegistration GetByInterface(Type grainInterface) =>
        _byInterface.TryGetValue(grainInterface, out var registration)
            ? registration
            : throw new InvalidOperationException($"No grain is registered for {grainInterface.Name}; call services.AddGrain<{grainInterface.Name}, TGrain>(name).");
}
