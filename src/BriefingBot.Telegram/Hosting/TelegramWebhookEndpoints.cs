using System.Net;
using BriefingBot.Chat.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace BriefingBot.Telegram.Hosting;

/// <summary>Webhook mode: the webhook's path on WebhookListenUrl, on the shared web host; nothing listens in polling mode.</summary>
public sealed class TelegramWebhookEndpoints(TelegramOptions options, TelegramWebhookListener listener) : IWebEndpoints
{
    public string Name => Updates.TelegramUpdateMapper.Platform;

    public ListenerPortException PortTaken(int port) =>
        ListenerPortException.ForUrl($"{TelegramOptions.Section}:{nameof(TelegramOptions.WebhookListenUrl)}", port);

    public IPEndPoint? EndPoint => options.Mode == TelegramMode.Webhook ? ListenUrl.EndPoint(options.WebhookListenUrl) : null;

    public void Map(IEndpointRouteBuilder routes) => routes.MapPost(new Uri(options.WebhookUrl!).AbsolutePath, (Delegate)listener.ReceiveAsync);
}
