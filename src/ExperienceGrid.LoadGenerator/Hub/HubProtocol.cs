using System.Text;
using System.Text.Json;

namespace ExperienceGrid.LoadGenerator.Hub;

/// <summary>
/// The SignalR JSON hub protocol, version 1: every record is a JSON object followed by the record
/// separator 0x1E; the client opens with <c>{"protocol":"json","version":1}</c> and the server
/// answers <c>{}</c> or <c>{"error":"…"}</c>.
/// </summary>
public static class HubProtocol
{
    public const byte RecordSeparator = 0x1E;
    public const int InvocationType = 1;
    public const int CompletionType = 3;
    public const int PingType = 6;
    public const int CloseType = 7;

    public static byte[] Handshake() => Frame("""{"protocol":"json","version":1}""");

    public static byte[] Ping() => Frame("""{"type":6}""");

    public static byte[] Invocation(string invocationId, string target, params object?[] arguments) =>
        Frame(JsonSerializer.Serialize(new { type = InvocationType, invocationId, target, arguments }));

    /// <summary>Reads the server's handshake answer; the error text when it refused, else null.</summary>
    public static string? HandshakeError(string record)
    {
        using var document = JsonDocument.Parse(record);
        return document.RootElement.TryGetProperty("error", out var error) ? error.GetString() ?? "refused" : null;
    }

    public static HubMessage Parse(string record)
    {
        using var document = JsonDocument.Parse(record);
        var root = document.RootElement;
        var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 0;
        var arguments = root.TryGetProperty("arguments", out var args) && args.ValueKind == JsonValueKind.Array
            ? args.EnumerateArray().Select(a => a.Clone()).ToList()
            : [];
        return new HubMessage(
            type,
            Text(root, "invocationId"),
            Text(root, "target"),
            arguments,
            root.TryGetProperty("result", out var result) ? result.Clone() : null,
            Text(root, "error"));
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] Frame(string json)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(json) + 1];
        Encoding.UTF8.GetBytes(json, bytes);
        bytes[^1] = RecordSeparator;
        return bytes;
    }
}
