using System.Text.Json;

namespace ExperienceGrid.Runtime.Backplane;

/// <summary>
/// One backplane message: origin silo, type name and the notification JSON — or, when that would exceed the
/// NOTIFY limit, the id of a backplane_payloads row holding this same envelope.
/// </summary>
internal sealed record BackplaneEnvelope(string Origin, string? Type, JsonElement? Payload, long? Ref);
