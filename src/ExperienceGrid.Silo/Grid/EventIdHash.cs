namespace ExperienceGrid.Silo.Grid;

/// <summary>
/// A stable 64-bit FNV-1a hash of an event id: customers remember ids as 8-byte hashes rather than strings. Two ids
/// of one customer collide with a chance of about n²/2⁶⁵ for n remembered ids (below 10⁻¹⁴ for 256).
/// </summary>
public static class EventIdHash
{
    public static long Of(string eventId)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in eventId)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
