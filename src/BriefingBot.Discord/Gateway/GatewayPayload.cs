using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefingBot.Discord.Gateway;

/// <summary>A gateway payload as received: opcode, data, and for dispatches the sequence number and event name.</summary>
public sealed record GatewayPayload(GatewayOpCode Op, JsonElement Data, int? Sequence, string? EventName)
{
    /// <summary>Reads a payload; null when the text is not a gateway payload (logged and skipped by the gateway).</summary>
    public static GatewayPayload? TryParse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("op", out var op)
                || op.ValueKind != JsonValueKind.Number || !op.TryGetInt32(out var code))
            {
                return null;
            }

            var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
            int? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var seq) ? seq : null;
            var name = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return new GatewayPayload((GatewayOpCode)code, data, sequence, name);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>{"op": …, "d": …}; "d" is written even when null (a first heartbeat carries "d": null).</summary>
    public static string Serialize(GatewayOpCode op, object? data) =>
        new JsonObject { ["op"] = (int)op, ["d"] = data is null ? null : JsonSerializer.SerializeToNode(data, data.GetType(), DiscordJson.Options) }.ToJsonString();
}
