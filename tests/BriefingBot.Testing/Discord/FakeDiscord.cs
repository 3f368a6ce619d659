using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Testing.Discord;

/// <summary>A request the bot made to the fake REST API: method, path below /api/v10, headers and JSON body.</summary>
public sealed record FakeRestRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, JsonElement? Body)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>A scripted answer for the next request that matches.</summary>
public sealed record FakeRestResponse(int Status, JsonNode? Body = null, IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>
/// A fake Discord on 127.0.0.1 (Kestrel, free port): a WebSocket gateway at /gateway and /resume, and the REST routes
/// the bot calls under /api/v10 (GET /gateway/bot, command overwrites, interaction callbacks, webhook edits, deletes
/// and follow-ups, channel messages), and attachment files at /attachments/ as Discord's CDN serves them. Message bodies are checked against Discord's limits (400 when broken).
/// Tests script responses (429s with headers …) and read what the bot sent.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    /// <summary>A made-up bot token in Discord's shape (id, timestamp and HMAC in base64url, joined by dots); the fake takes any.</summary>
    public const string BotToken = "NDI0MjQyNDI0MjQyNDI0MjQy.GfAkEe.fake_discord-token_for-tests0123456789";

    private readonly WebApplication _app;
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly ConcurrentQueue<(Func<FakeRestRequest, bool> Match, FakeRestResponse Response)> _scripted = new();
    private readonly List<FakeRestRequest> _requests = [];
    private readonly Channel<FakeRestRequest> _requestFeed = Channel.CreateUnbounded<FakeRestRequest>();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, (string ContentType, byte[] Content)> _files = new();
    private readonly ConcurrentQueue<string> _downloads = new();
    private int _messageIds = 1000;

    private FakeDiscord(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The REST root to configure the bot with ("http://127.0.0.1:port/api/v10/").</summary>
    public string RestBaseUrl => new Uri(BaseAddress, "/api/v10/").ToString();

    public string GatewayUrl => $"ws://{BaseAddress.Authority}/gateway";

    public string ResumeUrl => $"ws://{BaseAddress.Authority}/resume";

    /// <summary>The shard count GET /gateway/bot recommends.</summary>
    public int RecommendedShards { get; set; } = 1;

    public int MaxConcurrency { get; set; } = 1;

    public int SessionStartsRemaining { get; set; } = 1000;

    /// <summary>Headers sent with every REST answer that has no scripted ones (e.g. X-RateLimit-*).</summary>
    public Dictionary<string, string> DefaultHeaders { get; } = [];

    public IReadOnlyList<FakeRestRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gateway", fake.AcceptGatewayAsync);
        app.Map("/resume", fake.AcceptGatewayAsync);
        app.Map("/api/v10/{**path}", fake.HandleRestAsync);
        app.MapGet("/attachments/{id}/{name}", (Delegate)fake.ServeAttachment);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseAddress = new Uri(address);
        return fake;
    }

    /// <summary>Attachment ids whose file the bot downloaded, in order.</summary>
    public IReadOnlyList<string> Downloads => [.. _downloads];

    /// <summary>Stores a file as an attachment; returns the attachment as it appears in payloads (id, filename, size, content_type, url).</summary>
    public JsonObject AddAttachment(string fileName, string contentType, byte[] content)
    {
        var id = Interlocked.Increment(ref _messageIds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _files[id] = (contentType, content);
        return new JsonObject
        {
            ["id"] = id,
            ["filename"] = fileName,
            ["size"] = content.Length,
            ["content_type"] = contentType,
            ["url"] = new Uri(BaseAddress, $"/attachments/{id}/{Uri.EscapeDataString(fileName)}").ToString(),
        };
    }

    private IResult ServeAttachment(string id, string name)
    {
        if (!_files.TryGetValue(id, out var file))
        {
            return Results.NotFound();
        }

        _downloads.Enqueue(id);
        return Results.Bytes(file.Content, file.ContentType);
    }

    /// <summary>The next connection the bot opens.</summary>
    public async Task<FakeGatewayConnection> NextConnectionAsync()
    {
        // A bound, not a measurement: a process started under a loaded CI machine may take many seconds to connect.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await _connections.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
    }

    /// <summary>Answers the next request matching <paramref name="match"/> with <paramref name="response"/> instead of the default.</summary>
    public void RespondOnce(Func<FakeRestRequest, bool> match, FakeRestResponse response) => _scripted.Enqueue((match, response));

    /// <summary>A 429 as Discord sends it: retry_after in the body and the Retry-After header, global when asked.</summary>
    public static FakeRestResponse TooManyRequests(double retryAfter, bool global = false)
    {
        var headers = new Dictionary<string, string> { ["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
            headers["X-RateLimit-Scope"] = "global";
        }
        else
        {
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            headers["X-RateLimit-Scope"] = "user";
        }

        return new FakeRestResponse(429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = retryAfter, ["global"] = global }, headers);
    }

    /// <summary>The next request matching <paramref name="match"/> (including ones already made).</summary>
    public async Task<FakeRestRequest> WaitForRequestAsync(Func<FakeRestRequest, bool> match, int skip = 0)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var found = Requests.Where(match).Skip(skip).FirstOrDefault();
            if (found is not null)
            {
                return found;
            }

            // Wake on the next request, then look again.
            await _requestFeed.Reader.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
            while (_requestFeed.Reader.TryRead(out _))
            {
            }
        }
    }

    /// <summary>Requests that carried a message (callbacks with data, edits, follow-ups, channel messages), as sent.</summary>
    public IReadOnlyList<JsonElement> SentMessages() => Requests
        .Where(r => r.Body is not null && r.Method is "POST" or "PATCH" && !r.Path.EndsWith("/commands", StringComparison.Ordinal))
        .Select(r => r.Path.EndsWith("/callback", StringComparison.Ordinal) ? r.Body!.Value.TryGetProperty("data", out var d) ? d : default : r.Body!.Value)
        .Where(m => m.ValueKind == JsonValueKind.Object && (m.TryGetProperty("content", out _) || m.TryGetProperty("embeds", out _)))
        .ToList();

    private async Task AcceptGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new FakeGatewayConnection(socket, context.Request.Path, context.Request.QueryString.Value ?? "");
        await _connections.Writer.WriteAsync(connection).ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, context.RequestAborted);
        await connection.RunAsync(stop.Token).ConfigureAwait(false);
    }

    private async Task HandleRestAsync(HttpContext context)
    {
        var path = "/" + (string?)context.Request.RouteValues["path"];
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync().ConfigureAwait(false);
        JsonElement? body = null;
        if (text.Length > 0)
        {
            try
            {
                body = JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException)
            {
                await WriteAsync(context, new FakeRestResponse(400, new JsonObject { ["code"] = 50109, ["message"] = "The request body contains invalid JSON." })).ConfigureAwait(false);
                return;
            }
        }

        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new FakeRestRequest(context.Request.Method, path, headers, body);
        lock (_requests)
        {
            _requests.Add(request);
        }

        _requestFeed.Writer.TryWrite(request);
        await WriteAsync(context, Scripted(request) ?? Default(request)).ConfigureAwait(false);
    }

    private FakeRestResponse? Scripted(FakeRestRequest request)
    {
        lock (_scripted)
        {
            var kept = new List<(Func<FakeRestRequest, bool>, FakeRestResponse)>();
            FakeRestResponse? chosen = null;
            while (_scripted.TryDequeue(out var item))
            {
                if (chosen is null && item.Match(request))
                {
                    chosen = item.Response;
                }
                else
                {
                    kept.Add(item);
                }
            }

            foreach (var item in kept)
            {
                _scripted.Enqueue(item);
            }

            return chosen;
        }
    }

    private FakeRestResponse Default(FakeRestRequest request)
    {
        if (!request.Headers.TryGetValue("Authorization", out var auth) || !auth.StartsWith("Bot ", StringComparison.Ordinal))
        {
            return new FakeRestResponse(401, new JsonObject { ["code"] = 0, ["message"] = "401: Unauthorized" });
        }

        var segments = request.Path.Trim('/').Split('/');
        switch (request.Method, segments)
        {
            case ("GET", ["gateway", "bot"]):
                return new FakeRestResponse(200, new JsonObject
                {
                    ["url"] = GatewayUrl,
                    ["shards"] = RecommendedShards,
                    ["session_start_limit"] = new JsonObject
                    {
                        ["total"] = 1000,
                        ["remaining"] = SessionStartsRemaining,
                        ["reset_after"] = 14_400_000,
                        ["max_concurrency"] = MaxConcurrency,
                    },
                });
            case ("PUT", ["applications", _, "commands"] or ["applications", _, "guilds", _, "commands"]):
                return request.Body is { ValueKind: JsonValueKind.Array } commands ? new FakeRestResponse(200, JsonNode.Parse(commands.GetRawText())) : Invalid("commands must be an array");
            case ("POST", ["interactions", _, _, "callback"]):
                if (request.Body is not { } callback || !callback.TryGetProperty("type", out _))
                {
                    return Invalid("type is required");
                }

                var hasMessage = callback.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                                 && (data.TryGetProperty("content", out _) || data.TryGetProperty("embeds", out _));
                return hasMessage ? Message(data, 204) : new FakeRestResponse(204);
            case ("PATCH", ["webhooks", _, _, "messages", _]):
            case ("POST", ["webhooks", _, _]):
            case ("POST", ["channels", _, "messages"]):
                return request.Body is { } message ? Message(message, 200) : Invalid("a message body is required");
            case ("DELETE", ["webhooks", _, _, "messages", _]):
                return new FakeRestResponse(204);
            default:
                return new FakeRestResponse(404, new JsonObject { ["code"] = 0, ["message"] = "404: Not Found" });
        }
    }

    private FakeRestResponse Message(JsonElement message, int status)
    {
        var problems = DiscordMessageRules.Check(message);
        if (problems.Count > 0)
        {
            return Invalid(string.Join("; ", problems));
        }

        return status == 204 ? new FakeRestResponse(204) : new FakeRestResponse(200, new JsonObject { ["id"] = Interlocked.Increment(ref _messageIds).ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    private static FakeRestResponse Invalid(string problem) =>
        new(400, new JsonObject { ["code"] = 50035, ["message"] = "Invalid Form Body", ["errors"] = problem });

    private async Task WriteAsync(HttpContext context, FakeRestResponse response)
    {
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? DefaultHeaders)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null && response.Status != (int)HttpStatusCode.NoContent)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body.ToJsonString()).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
