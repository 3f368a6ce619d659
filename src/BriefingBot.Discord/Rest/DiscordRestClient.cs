using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Messages;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// Discord REST v10 over a typed <see cref="HttpClient"/> whose BaseAddress is the configured REST base URL
/// (https://discord.com/api/v10/ in production, 127.0.0.1 in tests) and whose handler chain includes <see cref="RestRateLimiter"/>.
/// </summary>
public sealed class DiscordRestClient : IDiscordRestApi
{
    private readonly HttpClient _http;

    public DiscordRestClient(HttpClient http, string token)
    {
        _http = http;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", token);
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://github.com/briefingbot, 1.0)");
    }

    /// <summary>A base address that keeps its path when relative routes are resolved against it ("…/api/v10/").</summary>
    public static Uri NormalizeBase(string url) => new(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);

    public async Task<GatewayBotInfo> GetBotGatewayAsync(CancellationToken cancellationToken)
    {
        var body = await SendAsync(HttpMethod.Get, "gateway/bot", null, cancellationToken).ConfigureAwait(false);
        return DiscordJson.Deserialize<GatewayBotInfo>(body) ?? throw new JsonException("GET /gateway/bot returned no body.");
    }

    public Task BulkOverwriteGlobalCommandsAsync(string applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"applications/{applicationId}/commands", commands, cancellationToken);

    public Task BulkOverwriteGuildCommandsAsync(string applicationId, string guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"applications/{applicationId}/guilds/{guildId}/commands", commands, cancellationToken);

    public Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"interactions/{interactionId}/{Uri.EscapeDataString(token)}/callback", response, cancellationToken);

    public Task ModifyOriginalResponseAsync(string applicationId, string token, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{applicationId}/{Uri.EscapeDataString(token)}/messages/@original", message with { Flags = null }, cancellationToken);

    public Task DeleteOriginalResponseAsync(string applicationId, string token, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"webhooks/{applicationId}/{Uri.EscapeDataString(token)}/messages/@original", null, cancellationToken);

    public Task FollowupAsync(string applicationId, string token, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{applicationId}/{Uri.EscapeDataString(token)}", message, cancellationToken);

    public Task SendMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", message, cancellationToken);

    private async Task<string> SendAsync(HttpMethod method, string route, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, route);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body, body.GetType(), DiscordJson.Options), Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            // Interaction tokens are secrets for 15 minutes: name the route without them.
            var shown = string.Join('/', route.Split('?')[0].Split('/').Select(s => s.Length > 40 ? "{token}" : s));
            throw new DiscordRestException(response.StatusCode, $"{method.Method} /{shown}", text);
        }

        return text;
    }
}
