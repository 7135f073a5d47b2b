namespace ExperienceGrid.Runtime;

/// <summary>A durable journal message for <paramref name="Target"/>.</summary>
/// <param name="MessageId">Unique across the journal; appending an existing id is a duplicate.</param>
/// <param name="Target">The grain that receives the message.</param>
/// <param name="MessageType">The registered journal route name.</param>
/// <param name="Payload">The message as UTF-8 JSON (JsonSerializerDefaults.Web).</param>
public sealed record JournalEnvelope(string MessageId, GrainId Target, string MessageType, ReadOnlyMemory<byte> Payload);
