namespace ExperienceGrid.Silo.Ingestion;

/// <summary>A configured ingestion key: its name in the configuration and the venues it may post for (null: every venue).</summary>
public sealed record IngestionKey(string Name, IReadOnlySet<string>? Venues)
{
    public bool MayPostFor(string venueId) => Venues?.Contains(venueId) ?? true;

    /// <summary>The items of <paramref name="batch"/> naming a venue this key may not post for, as "[i].venueId" problems.</summary>
    public Dictionary<string, string[]> Refused(TouchpointBatch batch)
    {
        var refused = new Dictionary<string, string[]>();
        for (var i = 0; i < batch.VenueIds.Count; i++)
        {
            if (batch.VenueIds[i] is { } venueId && !MayPostFor(venueId))
            {
                refused[$"[{i}].venueId"] = [$"this API key may not post for venue '{venueId}'"];
            }
        }

        return refused;
    }
}
