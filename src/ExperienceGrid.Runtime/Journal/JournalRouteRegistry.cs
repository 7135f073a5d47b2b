namespace ExperienceGrid.Runtime.Journal;

/// <summary>Journal routes by message type name and by (grain interface, message type). Names are unique.</summary>
internal sealed class JournalRouteRegistry
{
    private readonly Dictionary<string, JournalRoute> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<(Type, Type), JournalRoute> _byTypes = [];

    public JournalRouteRegistry(IEnumerable<JournalRoute> routes)
    {
        foreach (var route in routes)
        {
            if (_byName.TryGetValue(route.MessageType, out var existing))
            {
                if ((existing.GrainInterface, existing.MessageClrType) != (route.GrainInterface, route.MessageClrType))
                {
                    throw new InvalidOperationException(
                        $"Journal message type '{route.MessageType}' is registered for both {existing.GrainInterface.Name}/{existing.MessageClrType.Name} and {route.GrainInterface.Name}/{route.MessageClrType.Name}.");
                }

                continue;
            }

            _byName.Add(route.MessageType, route);
            _byTypes.TryAdd((route.GrainInterface, route.MessageClrType), route);
        }
    }

    public bool TryGet(string messageType, out JournalRoute route) => _byName.TryGetValue(messageType, out route!);

    public JournalRoute Get(Type grainInterface, Type messageType) =>
        _byTypes.TryGetValue((grainInterface, messageType), out var route)
            ? route
            : throw new InvalidOperationException(
                $"No journal route for {messageType.Name} to {grainInterface.Name}; call services.AddJournalRoute<{grainInterface.Name}, {messageType.Name}>(name, handler).");
}
