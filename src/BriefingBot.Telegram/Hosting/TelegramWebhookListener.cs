using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using BriefingBot.Telegram.Updates;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Update = global::Telegram.Bot.Types.Update;

namespace BriefingBot.Telegram.Hosting;

/// <summary>
/// Webhook mode: registers the public URL with Telegram, takes its POSTs (served by the shared web host on
/// WebhookListenUrl, see <see cref="TelegramWebhookEndpoints"/>), refuses any without the right
/// X-Telegram-Bot-Api-Secret-Token (compared in constant time), and handles updates in arrival order. A POST is answered
/// 200 only once its update is finished with (its replies delivered), so an update is never acknowledged and then lost;
/// during a stop, updates not yet handled are refused with 503, and Telegram delivers them again after the restart.
/// </summary>
public sealed class TelegramWebhookListener(
    ITelegramBotClient client,
    TelegramUpdateProcessor processor,
    TelegramOptions options,
    ILogger<TelegramWebhookListener> logger)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly Channel<Received> _updates = Channel.CreateBounded<Received>(1000);

    /// <summary>
    /// Listens until <paramref name="stoppingToken"/> is cancelled; the update in hand and the replies of answered ones still
    /// finish, until <paramref name="abandonToken"/> is cancelled too (the shutdown bound ran out).
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken, CancellationToken abandonToken)
    {
        try
        {
            await client.SetWebhook(options.WebhookUrl!, allowedUpdates: TelegramPoller.AllowedUpdates, secretToken: options.WebhookSecret,
                cancellationToken: stoppingToken).ConfigureAwait(false);
            await foreach (var received in _updates.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                _ = ReportAsync(received, processor.Process(received.Update, abandonToken));
            }
        }
        finally
        {
            _updates.Writer.TryComplete();
            while (_updates.Reader.TryRead(out var unhandled))
            {
                unhandled.Finished.TrySetResult(false);
            }

            // The POSTs whose replies are still going out are waited for by the web host's stop (bounded by the shutdown).
        }
    }

    /// <summary>True when the header carries exactly the configured secret; the comparison takes the same time wherever they differ.</summary>
    public static bool SecretMatches(string? sent, string expected)
    {
        var a = Encoding.UTF8.GetBytes(sent ?? "");
        var b = Encoding.UTF8.GetBytes(expected);
        return CryptographicOperations.FixedTimeEquals(a, b) && a.Length > 0;
    }

    /// <summary>One POST from Telegram: answered once its update is finished with.</summary>
    public async Task<IResult> ReceiveAsync(HttpContext context)
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

        if (update is null)
        {
            return Results.Ok();
        }

        var received = new Received(update, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_updates.Writer.TryWrite(received))
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable); // stopping, or too far behind: Telegram tries again later
        }

        var finished = await received.Finished.Task.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        return finished ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task ReportAsync(Received received, Task finished)
    {
        try
        {
            await finished.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            received.Finished.TrySetResult(false);
        }
        finally
        {
            received.Finished.TrySetResult(true);
        }
    }

    private sealed record Received(Update Update, TaskCompletionSource<bool> Finished);
}
