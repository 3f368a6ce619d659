using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Discord;

/// <summary>Interaction payloads as Discord sends them (INTERACTION_CREATE data, or the body of an HTTP interaction).</summary>
public static class InteractionPayloads
{
    public const string ApplicationId = "42";
    public const string GuildId = "500";
    public const string ChannelId = "600";

    private static int _ids = 1_000_000;

    public static JsonObject Ping() => Base(1);

    /// <summary>A slash command with string options.</summary>
    public static JsonObject SlashCommand(string name, params (string Name, string Value)[] options)
    {
        var payload = Base(2);
        payload["data"] = new JsonObject
        {
            ["id"] = "700",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = 3, ["value"] = o.Value }).ToArray()),
        };
        return payload;
    }

    /// <summary>A slash command whose attachment option <paramref name="option"/> carries <paramref name="attachment"/> (from <c>FakeDiscord.AddAttachment</c>).</summary>
    public static JsonObject SlashCommandWithAttachment(string name, string option, JsonObject attachment)
    {
        var payload = Base(2);
        var id = (string)attachment["id"]!;
        payload["data"] = new JsonObject
        {
            ["id"] = "700",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 11, ["value"] = id }),
            ["resolved"] = new JsonObject { ["attachments"] = new JsonObject { [id] = attachment.DeepClone() } },
        };
        return payload;
    }

    /// <summary>Sets who invokes <paramref name="payload"/>: the member's user id, permission bits and roles.</summary>
    public static JsonObject From(this JsonObject payload, string userId, string permissions = "0", params string[] roles)
    {
        payload["member"] = new JsonObject
        {
            ["user"] = User(userId),
            ["permissions"] = permissions,
            ["roles"] = new JsonArray(roles.Select(r => (JsonNode)r).ToArray()),
        };
        return payload;
    }

    /// <summary>Autocomplete while typing <paramref name="typed"/> into <paramref name="option"/>.</summary>
    public static JsonObject Autocomplete(string name, string option, string typed)
    {
        var payload = Base(4);
        payload["data"] = new JsonObject
        {
            ["id"] = "700",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = typed, ["focused"] = true }),
        };
        return payload;
    }

    /// <summary>The message context-menu command run on a message with <paramref name="text"/> and, optionally, files.</summary>
    public static JsonObject MessageCommand(string name, string text, params JsonObject[] attachments)
    {
        var payload = Base(2);
        payload["data"] = new JsonObject
        {
            ["id"] = "701",
            ["name"] = name,
            ["type"] = 3,
            ["target_id"] = "800",
            ["resolved"] = new JsonObject
            {
                ["messages"] = new JsonObject
                {
                    ["800"] = new JsonObject
                    {
                        ["id"] = "800",
                        ["channel_id"] = ChannelId,
                        ["content"] = text,
                        ["author"] = User("77"),
                        ["attachments"] = new JsonArray(attachments.Select(a => (JsonNode)a.DeepClone()).ToArray()),
                    },
                },
            },
        };
        return payload;
    }

    /// <summary>A button press carrying <paramref name="customId"/>.</summary>
    public static JsonObject Button(string customId)
    {
        var payload = Base(3);
        payload["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        payload["message"] = new JsonObject { ["id"] = "900", ["channel_id"] = ChannelId, ["content"] = "" };
        return payload;
    }

    private static JsonObject Base(int type)
    {
        var id = Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var payload = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = ApplicationId,
            ["type"] = type,
            ["token"] = "interaction-token-" + id,
            ["version"] = 1,
        };
        if (type != 1)
        {
            payload["guild_id"] = GuildId;
            payload["channel_id"] = ChannelId;
            payload["member"] = new JsonObject { ["user"] = User("77"), ["permissions"] = "0" };
            payload["locale"] = "en-US";
        }

        return payload;
    }

    private static JsonObject User(string id) => new() { ["id"] = id, ["username"] = "reader", ["global_name"] = "Reader" };
}
