using System.Text.Json;

namespace BriefingBot.Discord.Gateway;

/// <summary>A dispatch event handed to the bot: its name ("INTERACTION_CREATE"), its data, and the shard it came on.</summary>
public sealed record GatewayDispatch(string EventName, JsonElement Data, int ShardId);
