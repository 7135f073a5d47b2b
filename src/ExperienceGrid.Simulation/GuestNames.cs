namespace ExperienceGrid.Simulation;

/// <summary>
/// Made-up display names for simulated guests ("Amara K."), the same for a customer id every time, so the demo's pages
/// show people rather than ids. Drawn from short lists of first names and initials; no real data.
/// </summary>
public static class GuestNames
{
    /// <summary>The attribute a touchpoint carries a guest's display name in (the silo reads it).</summary>
    public const string Attribute = "displayName";

    private static readonly string[] _first =
    [
        "Amara", "Ben", "Carla", "Dev", "Elena", "Finn", "Grace", "Hugo", "Isla", "Jonas", "Kiran", "Lena", "Marco", "Nia",
        "Oscar", "Paula", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Will", "Yara", "Zoe", "Ali", "Bea", "Cole",
    ];

    private const string Initials = "ABCDEFGHJKLMNOPRSTVWY";

    public static string For(string customerId)
    {
        // FNV-1a: stable across runs and processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in customerId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return $"{_first[hash % (uint)_first.Length]} {Initials[(int)(hash / (uint)_first.Length % (uint)Initials.Length)]}.";
    }
}
