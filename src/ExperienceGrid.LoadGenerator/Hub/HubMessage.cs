using System.Text.Json;

namespace ExperienceGrid.LoadGenerator.Hub;

/// <summary>One SignalR JSON hub-protocol record: 1 invocation, 3 completion, 6 ping, 7 close (others are ignored).</summary>
public sealed record HubMessage(int Type, string? InvocationId, string? Target, IReadOnlyList<JsonElement> Arguments, JsonElement? Result, string? Error);
