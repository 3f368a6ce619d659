namespace BriefingBot.Discord.Gateway;

/// <summary>What one shard's connection needs: token, intents, which shard of how many, and the gateway URL from GET /gateway/bot.</summary>
public sealed record GatewaySettings(string Token, GatewayIntents Intents, int ShardId, int ShardCount, string GatewayUrl)
{
    public const int ApiVersion = 10;

    /// <summary>The URL with the version and encoding query Discord asks for ("?v=10&amp;encoding=json").</summary>
    public static Uri WithQuery(string url)
    {
        var builder = new UriBuilder(url);
        var query = builder.Query.TrimStart('?');
        var kept = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("v=", StringComparison.Ordinal) && !p.StartsWith("encoding=", StringComparison.Ordinal));
        builder.Query = string.Join('&', kept.Append($"v={ApiVersion}").Append("encoding=json"));
        return builder.Uri;
    }
}
