using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Hosting;

/// <summary>Checks the Discord settings at start and says which setting to change.</summary>
public sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    private const string Prefix = "BriefingBot:Discord:";

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token) || options.Token.Any(char.IsWhiteSpace))
        {
            errors.Add($"{Prefix}Token is missing or has spaces: set BRIEFINGBOT__DISCORD__TOKEN (or BRIEFINGBOT__DISCORD__TOKEN_FILE) to the bot token.");
        }
        else if (!TokenShape().IsMatch(options.Token))
        {
            // Checked before any request: the client secret and the public key are easily pasted in its place.
            errors.Add($"{Prefix}Token is not a bot token (three parts separated by dots, from Developer Portal → Bot → Reset Token; not the client secret or public key): "
                       + "set BRIEFINGBOT__DISCORD__TOKEN (or BRIEFINGBOT__DISCORD__TOKEN_FILE).");
        }

        if (!IsSnowflake(options.ApplicationId))
        {
            errors.Add($"{Prefix}ApplicationId must be the application's numeric id (BRIEFINGBOT__DISCORD__APPLICATIONID).");
        }

        if (!string.IsNullOrWhiteSpace(options.GuildId) && !IsSnowflake(options.GuildId))
        {
            errors.Add($"{Prefix}GuildId must be a numeric guild id, or empty for global commands.");
        }

        if (!Uri.TryCreate(options.RestBaseUrl, UriKind.Absolute, out var rest) || rest.Scheme is not ("https" or "http"))
        {
            errors.Add($"{Prefix}RestBaseUrl must be an absolute http(s) URL (default {DiscordOptions.DefaultRestBaseUrl}).");
        }

        if (options.Mode == DiscordMode.Http)
        {
            if (options.PublicKey.Length != 64 || !options.PublicKey.All(char.IsAsciiHexDigit))
            {
                errors.Add($"{Prefix}PublicKey must be the application's public key, 64 hex digits (BRIEFINGBOT__DISCORD__PUBLICKEY), in HTTP mode.");
            }

            if (!Uri.TryCreate(options.HttpListenUrl, UriKind.Absolute, out var listen) || listen.Scheme is not ("http" or "https")
                || Chat.Web.ListenUrl.EndPoint(options.HttpListenUrl) is null)
            {
                errors.Add($"{Prefix}HttpListenUrl must be a URL with an IP address, * or localhost, such as http://0.0.0.0:8090.");
            }

            if (!options.HttpPath.StartsWith('/'))
            {
                errors.Add($"{Prefix}HttpPath must start with '/'.");
            }
        }

        if (options.ShardCount is < 1)
        {
            errors.Add($"{Prefix}ShardCount must be at least 1, or empty for Discord's recommendation.");
        }

        try
        {
            if (options.ParsedShardIds() is { } ids && ids.Any(id => id < 0 || (options.ShardCount is { } count && id >= count)))
            {
                errors.Add($"{Prefix}ShardIds must be between 0 and ShardCount - 1.");
            }
        }
        catch (FormatException)
        {
            errors.Add($"{Prefix}ShardIds must be comma-separated numbers, e.g. 0,1.");
        }

        if (!options.ModeratorIds().All(IsSnowflake))
        {
            errors.Add($"{Prefix}Moderators must be numeric user ids separated by commas (BRIEFINGBOT__DISCORD__MODERATORS).");
        }

        if (!options.ModeratorRoleIds().All(IsSnowflake))
        {
            errors.Add($"{Prefix}ModeratorRoles must be numeric role ids separated by commas (BRIEFINGBOT__DISCORD__MODERATORROLES).");
        }

        if (options.SignatureMaxAge <= TimeSpan.Zero)
        {
            errors.Add($"{Prefix}SignatureMaxAge must be positive.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsSnowflake(string? id) => id is { Length: > 0 and <= 20 } && id.All(char.IsAsciiDigit);

    // The bot's id in base64, a timestamp, an HMAC: base64url parts joined by dots.
    [GeneratedRegex(@"^[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$")]
    private static partial Regex TokenShape();
}
