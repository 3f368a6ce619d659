using System.Text.Json;
using BriefingBot.Discord.Rest;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// The interactions endpoint URL: verifies the signature (401 when it is missing, wrong or stale), answers PING with
/// PONG, and hands every other interaction to the same handler as the gateway; the handler's first response (usually
/// "deferred") becomes the HTTP response, and the answer follows over REST.
/// </summary>
public sealed class HttpInteractionEndpoint(
    InteractionSignatureVerifier verifier, DiscordInteractionHandler handler, IDiscordRestApi rest, TimeProvider time,
    ILogger<HttpInteractionEndpoint>? logger = null)
{
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>How long the request waits for the handler's first response; Discord gives up after 3 seconds.</summary>
    public static readonly TimeSpan ResponseWindow = TimeSpan.FromMilliseconds(2800);

    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly List<Task> _answering = [];

    /// <summary>Cancelled when answers still being written are to be abandoned (the shutdown bound ran out).</summary>
    public CancellationToken Stopping { get; set; }

    /// <summary>Completes once every interaction received so far is answered (the answer follows the HTTP response over REST), or the wait is cancelled.</summary>
    public Task WhenAnsweredAsync(CancellationToken cancellationToken)
    {
        lock (_answering)
        {
            return Task.WhenAll(_answering).WaitAsync(cancellationToken);
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (!verifier.Verify(context.Request.Headers["X-Signature-Ed25519"], context.Request.Headers["X-Signature-Timestamp"], body))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("invalid request signature", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize<Interaction>(body, DiscordJson.Options);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var response = interaction.Type == InteractionType.Ping ? InteractionResponse.Pong : await FirstResponseAsync(interaction).ConfigureAwait(false);
        if (response is null)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(response, DiscordJson.Options), context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<InteractionResponse?> FirstResponseAsync(Interaction interaction)
    {
        var first = new TaskCompletionSource<InteractionResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var discord = new DiscordInteraction(interaction, rest, (response, _) =>
        {
            first.TrySetResult(response);
            return Task.CompletedTask;
        });
        var work = Task.Run(() => handler.HandleAsync(discord, Stopping));
        lock (_answering)
        {
            _answering.RemoveAll(t => t.IsCompleted);
            _answering.Add(work);
        }

        using var window = new CancellationTokenSource(ResponseWindow, time);
        var timeout = Task.Delay(Timeout.InfiniteTimeSpan, window.Token);
        var done = await Task.WhenAny(first.Task, work, timeout).ConfigureAwait(false);
        if (done == work && !first.Task.IsCompleted)
        {
            _logger.LogWarning("Discord interaction {Id} was handled without a response", interaction.Id);
            return null;
        }

        return first.Task.IsCompleted ? await first.Task.ConfigureAwait(false) : null;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
