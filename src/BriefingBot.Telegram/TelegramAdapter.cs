using BriefingBot.Chat.Adapters;
using BriefingBot.Telegram.Hosting;
using BriefingBot.Telegram.Updates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Telegram;

/// <summary>Telegram as a chat adapter: on when a bot token is set; in webhook mode it listens for Telegram's POSTs.</summary>
public sealed class TelegramAdapter : IChatAdapter
{
    public string Name => TelegramUpdateMapper.Platform;

    public string HowToConfigure => "BRIEFINGBOT__TELEGRAM__TOKEN (or BRIEFINGBOT__TELEGRAM__TOKEN_FILE) to the bot token from @BotFather";

    public Type ServiceType => typeof(TelegramBotService);

    public bool IsConfigured(IConfiguration configuration) => TelegramServiceCollectionExtensions.IsTelegramConfigured(configuration);

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddTelegramAdapter(configuration);

    public IReadOnlyList<AdapterListener> Listeners(IServiceProvider services) =>
        services.GetRequiredService<TelegramOptions>() is { Mode: TelegramMode.Webhook } options
            ? [new AdapterListener($"{TelegramOptions.Section}:{nameof(TelegramOptions.WebhookListenUrl)}", options.WebhookListenUrl)]
            : [];
}
