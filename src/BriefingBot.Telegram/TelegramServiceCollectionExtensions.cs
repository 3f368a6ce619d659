using System.Text.RegularExpressions;
using BriefingBot.Chat.Health;
using BriefingBot.Chat.Web;
using BriefingBot.Telegram.Hosting;
using BriefingBot.Telegram.Moderation;
using BriefingBot.Telegram.Rendering;
using BriefingBot.Telegram.Sending;
using BriefingBot.Telegram.Updates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace BriefingBot.Telegram;

/// <summary>Registers the Telegram adapter over the chat command layer (<c>AddBriefingChat</c>) as a hosted service.</summary>
public static partial class TelegramServiceCollectionExtensions
{
    public static IServiceCollection AddTelegramAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        const string s = TelegramOptions.Section;
        services.AddOptions<TelegramOptions>()
            .Bind(configuration.GetSection(s))
            .Validate(o => o.Token is not null && TokenShape().IsMatch(o.Token), $"{s}:Token is not a bot token (digits, a colon, then letters): set BRIEFINGBOT__TELEGRAM__TOKEN or BRIEFINGBOT__TELEGRAM__TOKEN_FILE.")
            .Validate(o => IsHttpUrl(o.BaseUrl), $"{s}:BaseUrl must be an absolute http(s) URL.")
            .Validate(o => o.Mode != TelegramMode.Webhook || IsHttpUrl(o.WebhookUrl), $"{s}:WebhookUrl must be the public https URL for webhook mode.")
            .Validate(o => o.Mode != TelegramMode.Webhook || (o.WebhookSecret is not null && SecretShape().IsMatch(o.WebhookSecret)),
                $"{s}:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and - in webhook mode.")
            .Validate(o => o.Mode != TelegramMode.Webhook || ListenUrl.EndPoint(o.WebhookListenUrl) is not null,
                $"{s}:WebhookListenUrl must be a URL with an IP address, * or localhost, such as http://0.0.0.0:8443.")
            .Validate(o => o.PollTimeoutSeconds is >= 0 and <= 50, $"{s}:PollTimeoutSeconds must be between 0 and 50.")
            .Validate(o => o.PerChatInterval >= TimeSpan.Zero && o.GroupMessagesPerMinute >= 1 && o.MessagesPerSecond >= 1,
                $"{s}: PerChatInterval, GroupMessagesPerMinute and MessagesPerSecond must be positive.")
            .Validate(o => o.SendAttempts >= 1 && o.MaxBackoff > TimeSpan.Zero, $"{s}:SendAttempts and MaxBackoff must be positive.")
            .Validate(o => o.ModeratorIds() is not null, $"{s}:Moderators must be user ids separated by commas.")
            .Validate(o => o.ModeratorChatIds() is not null, $"{s}:ModeratorChats must be chat ids separated by commas.")
            .Validate(o => o.ModeratorCacheTime > TimeSpan.Zero, $"{s}:ModeratorCacheTime must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<TelegramOptions>>().Value);
        services.TryAddSingleton(sp => new TelegramHttp(
            new HttpClient { Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<TelegramOptions>().PollTimeoutSeconds + 30) }));
        services.TryAddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<TelegramOptions>();
            // No retries inside the client: OutboundQueue and the poller wait on the TimeProvider themselves.
            return new TelegramBotClient(new TelegramBotClientOptions(options.Token!, options.BaseUrl) { RetryCount = 0 },
                sp.GetRequiredService<TelegramHttp>().Client);
        });
        services.AddMetrics();
        services.TryAddSingleton<TelegramMetrics>();
        services.TryAddSingleton<AdapterHealth>();
        services.TryAddSingleton<RawUpdateReader>();
        services.TryAddSingleton<BotIdentity>();
        services.TryAddSingleton<TelegramDocuments>();
        services.TryAddSingleton<TelegramUpdateMapper>();
        services.TryAddSingleton<TelegramModerators>();
        services.TryAddSingleton(new TelegramMessageRenderer());
        services.TryAddSingleton<SendPacer>();
        services.TryAddSingleton<OutboundQueue>();
        services.TryAddSingleton<UpdateOffsetStore>();
        services.TryAddSingleton<OffsetWatermark>();
        services.TryAddSingleton<TelegramUpdateProcessor>();
        services.TryAddSingleton<TelegramBotStartup>();
        services.TryAddSingleton<TelegramPoller>();
        services.TryAddSingleton<TelegramWebhookListener>();
        services.AddWebEndpoints<TelegramWebhookEndpoints>();
        services.AddHostedService<TelegramBotService>();
        return services;
    }

    /// <summary>True when a Telegram token is configured (the adapter should run).</summary>
    public static bool IsTelegramConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.Section}:Token"]);

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{20,100}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
