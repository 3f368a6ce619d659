using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using BriefingBot.Telegram.Updates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Update = global::Telegram.Bot.Types.Update;

namespace BriefingBot.Telegram.Hosting;

/// <summary>
/// Webhook mode: registers the public URL with Telegram, listens for its POSTs, refuses any without the right
/// X-Telegram-Bot-Api-Secret-Token (compared in constant time), and handles updates in arrival order.
/// </summary>
public sealed class TelegramWebhookListener(
    ITelegramBotClient client,
    TelegramUpdateProcessor processor,
    TelegramOptions options,
    ILogger<TelegramWebhookListener> logger)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private const int MaxBodyBytes = 1 << 20;

    private readonly Channel<Update> _updates = Channel.CreateBounded<Update>(1000);

    /// <summary>The address the listener is bound to, once it runs (useful with port 0).</summary>
    public string? ListeningOn { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.WebhookListenUrl);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxBodyBytes);
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapPost(new Uri(options.WebhookUrl!).AbsolutePath, (Delegate)ReceiveAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        ListeningOn = app.Urls.FirstOrDefault();
        await client.SetWebhook(options.WebhookUrl!, allowedUpdates: TelegramPoller.AllowedUpdates, secretToken: options.WebhookSecret,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            await foreach (var update in _updates.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await processor.ProcessAsync(update, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>True when the header carries exactly the configured secret; the comparison takes the same time wherever they differ.</summary>
    public static bool SecretMatches(string? sent, string expected)
    {
        var a = Encoding.UTF8.GetBytes(sent ?? "");
        var b = Encoding.UTF8.GetBytes(expected);
        return CryptographicOperations.FixedTimeEquals(a, b) && a.Length > 0;
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader].FirstOrDefault(), options.WebhookSecret ?? ""))
        {
            return Results.Unauthorized();
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            logger.LogWarning("Ignored a malformed webhook update: {Reason}", e.Message);
            return Results.Ok();
        }

        if (update is not null)
        {
            await _updates.Writer.WriteAsync(update, context.RequestAborted).ConfigureAwait(false);
        }

        return Results.Ok();
    }
}
