using BriefingBot.Chat;
using BriefingBot.Telegram.Sending;
using BriefingBot.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram.Hosting;

/// <summary>What the bot does before taking updates: learn who it is (getMe, retried while the network is down) and publish its commands.</summary>
public sealed class TelegramBotStartup(ITelegramBotClient client, ChatDispatcher dispatcher, BotIdentity identity, TimeProvider time, TelegramOptions options, ILogger<TelegramBotStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var me = await client.GetMe(cancellationToken).ConfigureAwait(false);
                identity.Set(me.Id, me.Username);
                logger.LogInformation("Telegram bot @{Username} connected", me.Username);
                break;
            }
            catch (Exception e) when (Backoff.IsTransient(e, cancellationToken))
            {
                logger.LogWarning("Cannot reach the Telegram Bot API at {BaseUrl} ({Reason}); retrying", options.BaseUrl, e.Message);
                await Task.Delay(Backoff.RetryAfter(e) ?? Backoff.Delay(attempt, options.MaxBackoff), time, cancellationToken).ConfigureAwait(false);
            }
        }

        try
        {
            await client.SetMyCommands(dispatcher.Catalog.Visible.Select(c => new BotCommand(c.Name, c.Description)), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Could not publish the command menu: {Reason}", e.Message);
        }
    }
}
