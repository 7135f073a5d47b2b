namespace ExperienceGrid.Runtime.Backplane;

/// <summary>
/// Names of forwarded notification types. A notification is serialized as the first registered type it is an
/// instance of (so registering a polymorphic base type forwards all its derived types); unregistered ones stay local.
/// </summary>
internal sealed class NotificationTypeRegistry
{
    private readonly NotificationTypeRegistration[] _registrations;
    private readonly Dictionary<string, Type> _byName;

    public NotificationTypeRegistry(IEnumerable<NotificationTypeRegistration> registrations)
    {
        _registrations = [.. registrations.DistinctBy(r => r.Name)];
        _byName = _registrations.ToDictionary(r => r.Name, r => r.Type, StringComparer.Ordinal);
    }

    public NotificationTypeRegistration? Find(object notification) =>
        Array.Find(_registrations, r => r.Type.IsInstanceOfType(notification));

    public Type? TypeOf(string name) => _byName.GetValueOrDefault(name);
}
