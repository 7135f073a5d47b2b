namespace ExperienceGrid.Runtime.Storage;

/// <summary>A journaled message at its dense, per-partition offset.</summary>
public sealed record JournalEntry(long Offset, JournalEnvelope Envelope);
