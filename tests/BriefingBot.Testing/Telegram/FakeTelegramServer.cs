using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Testing.Telegram;

/// <summary>One call the bot made to the fake Bot API: the method, its JSON parameters, the fake time it arrived, and what was answered.</summary>
public sealed record ApiCall(string Method, JsonObject Body, DateTimeOffset At, int Status)
{
    public long? ChatId => long.TryParse(Body["chat_id"]?.ToString(), out var id) ? id : null;

    public string? Text => Body["text"]?.GetValue<string>();

    /// <summary>The parse mode in upper case ("HTML"), as Telegram reads it case-insensitively; null for plain text.</summary>
    public string? ParseMode => Body["parse_mode"]?.GetValue<string>().ToUpperInvariant();

    public bool Succeeded => Status == 200;
}

/// <summary>
/// A fake Telegram Bot API on 127.0.0.1 (Kestrel, a free port): getMe, getUpdates (long polling, offsets), sendMessage,
/// editMessageText, answerCallbackQuery, answerInlineQuery, setMyCommands, sendChatAction, setWebhook, deleteWebhook,
/// getChatAdministrators, getFile and file downloads (/file/bot{token}/{path}).
/// It checks HTML and length as Telegram does, answers 429 or 502 on demand, and records every call. A small control API
/// under /fake/ lets a process outside the tests push updates and documents, set a chat's administrators and read calls.
/// </summary>
public sealed class FakeTelegramServer : IAsyncDisposable
{
    public const long BotId = 4242;
    public const string BotUsername = "BriefingTestBot";
    public const string Token = "4242:TEST_token-abcdefghijklmnopqrstuvwxyz";
    public const long UserId = 7;

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly string? _token;
    private readonly Lock _lock = new();
    private readonly List<JsonObject> _pending = [];
    private readonly List<ApiCall> _calls = [];
    private readonly Dictionary<string, Queue<(int Status, int? RetryAfter)>> _faults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, int> _deliveries = [];
    private readonly Dictionary<string, (string Path, byte[] Content)> _files = [];
    private readonly Dictionary<long, long[]> _administrators = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextUpdateId = 1;
    private int _nextMessageId = 1000;

    private FakeTelegramServer(WebApplication app, TimeProvider time, string? token)
    {
        _app = app;
        _time = time;
        _token = token;
    }

    /// <summary>http://127.0.0.1:PORT: the Bot API base URL to give the client.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>
    /// Starts on 127.0.0.1 (port 0: a free one), or on <paramref name="address"/> (the smoke test's containers reach the host
    /// on its Docker bridge address). A null token accepts any.
    /// </summary>
    public static async Task<FakeTelegramServer> StartAsync(TimeProvider? time = null, int port = 0, string? token = Token, CancellationToken cancellationToken = default,
        string address = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{address}:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeTelegramServer(app, time ?? TimeProvider.System, token);
        app.Map("/bot{token}/{method}", (Delegate)server.HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", (Delegate)server.DownloadFile);
        app.MapPost("/fake/updates", (Delegate)server.PushFromControlAsync);
        app.MapPost("/fake/fail", (Delegate)server.FailFromControlAsync);
        app.MapPost("/fake/documents", (Delegate)server.PushDocumentFromControlAsync);
        app.MapPost("/fake/administrators", (Delegate)server.SetAdministratorsFromControlAsync);
        app.MapGet("/fake/calls", () => Results.Json(server.Calls.Select(c => new { method = c.Method, body = c.Body, at = c.At, status = c.Status })));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        server.BaseUrl = app.Urls.First();
        return server;
    }

    public IReadOnlyList<ApiCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return _calls.ToList();
            }
        }
    }

    /// <summary>Messages the bot got through (sendMessage answered 200), in order.</summary>
    public IReadOnlyList<ApiCall> Sent => Calls.Where(c => c.Method == "sendMessage" && c.Succeeded).ToList();

    /// <summary>How many times each update id was handed out by getUpdates.</summary>
    public IReadOnlyDictionary<int, int> Deliveries
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<int, int>(_deliveries);
            }
        }
    }

    /// <summary>A text message from the test user: private by default, or in a group ("group", "supergroup"), or a channel post.</summary>
    public int PushMessage(long chatId, string? text, string chatType = "private", bool replyToBot = false, JsonObject? extra = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = NextMessageId(),
            ["date"] = _time.GetUtcNow().ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatType, ["title"] = chatType == "private" ? null : "Test group" },
        };
        if (chatType != "channel")
        {
            message["from"] = new JsonObject { ["id"] = UserId, ["is_bot"] = false, ["first_name"] = "Tess", ["language_code"] = "en" };
        }

        if (text is not null)
        {
            message["text"] = text;
        }

        if (replyToBot)
        {
            message["reply_to_message"] = new JsonObject
            {
                ["message_id"] = 1,
                ["date"] = _time.GetUtcNow().ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatType },
                ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Briefing", ["username"] = BotUsername },
                ["text"] = "an earlier answer",
            };
        }

        foreach (var (key, value) in extra ?? [])
        {
            message[key] = value?.DeepClone();
        }

        return PushUpdate(new JsonObject { [chatType == "channel" ? "channel_post" : "message"] = message });
    }

    /// <summary>A document (file) from the test user, with an optional caption; getFile and the download serve <paramref name="content"/>.</summary>
    public int PushDocument(long chatId, string fileName, string mimeType, byte[] content, string? caption = null, string chatType = "private")
    {
        var fileId = AddFile(fileName, content);
        var extra = new JsonObject
        {
            ["document"] = new JsonObject
            {
                ["file_id"] = fileId,
                ["file_unique_id"] = "u" + fileId,
                ["file_name"] = fileName,
                ["mime_type"] = mimeType,
                ["file_size"] = content.Length,
            },
        };
        if (caption is not null)
        {
            extra["caption"] = caption;
        }

        return PushMessage(chatId, null, chatType, extra: extra);
    }

    /// <summary>Stores a file for getFile and download; returns its file_id.</summary>
    public string AddFile(string fileName, byte[] content)
    {
        lock (_lock)
        {
            var id = $"file{_files.Count + 1}";
            _files[id] = ($"documents/{id}_{Uri.EscapeDataString(fileName)}", content);
            return id;
        }
    }

    /// <summary>Who getChatAdministrators lists for <paramref name="chatId"/>; a chat never set answers 400 "chat not found".</summary>
    public void SetAdministrators(long chatId, params long[] userIds)
    {
        lock (_lock)
        {
            _administrators[chatId] = userIds;
        }
    }

    /// <summary>A press of an inline button carrying <paramref name="data"/> under a bot message in the chat.</summary>
    public int PushCallback(long chatId, string data, string chatType = "private") => PushUpdate(new JsonObject
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cb{_nextUpdateId}",
            ["from"] = new JsonObject { ["id"] = UserId, ["is_bot"] = false, ["first_name"] = "Tess" },
            ["chat_instance"] = "ci",
            ["data"] = data,
            ["message"] = new JsonObject
            {
                ["message_id"] = 1,
                ["date"] = _time.GetUtcNow().ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatType },
                ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Briefing", ["username"] = BotUsername },
                ["text"] = "an earlier answer",
            },
        },
    });

    public int PushInlineQuery(string query) => PushUpdate(new JsonObject
    {
        ["inline_query"] = new JsonObject
        {
            ["id"] = $"iq{_nextUpdateId}",
            ["from"] = new JsonObject { ["id"] = UserId, ["is_bot"] = false, ["first_name"] = "Tess" },
            ["query"] = query,
            ["offset"] = "",
        },
    });

    /// <summary>Queues an update (its update_id is assigned here) for the next getUpdates.</summary>
    public int PushUpdate(JsonObject update)
    {
        lock (_lock)
        {
            var id = _nextUpdateId++;
            update["update_id"] = id;
            _pending.Add(update);
            Signal();
            return id;
        }
    }

    /// <summary>The next <paramref name="times"/> calls of a method are answered with this status (429 with retry_after, 502 …).</summary>
    public void Fail(string method, int status, int? retryAfter = null, int times = 1)
    {
        lock (_lock)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                _faults[method] = queue = new Queue<(int, int?)>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue((status, retryAfter));
            }
        }
    }

    /// <summary>Waits (real time, bounded) until the condition holds; re-checked after every call the bot makes.</summary>
    public async Task WaitForAsync(Func<FakeTelegramServer, bool> condition, TimeSpan? timeout = null, Action? between = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                changed = _changed.Task;
            }

            if (condition(this))
            {
                return;
            }

            between?.Invoke();
            try
            {
                await Task.WhenAny(changed, Task.Delay(between is null ? 200 : 5, deadline.Token)).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException("The fake Bot API did not see what the test waited for. Calls: "
                    + string.Join(", ", Calls.Select(c => $"{c.Method}:{c.Status}")));
            }
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context, string token, string method)
    {
        var body = await ReadBodyAsync(context.Request).ConfigureAwait(false);
        if (_token is not null && token != _token)
        {
            return Record(method, body, 401, Error(401, "Unauthorized"));
        }

        (int Status, int? RetryAfter)? fault = null;
        lock (_lock)
        {
            if (_faults.TryGetValue(method, out var queue) && queue.Count > 0)
            {
                fault = queue.Dequeue();
            }
        }

        if (fault is { } f)
        {
            return f.Status == 502
                ? Record(method, body, 502, Results.Content("<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", statusCode: 502))
                : Record(method, body, f.Status, Error(f.Status, f.Status == 429 ? $"Too Many Requests: retry after {f.RetryAfter}" : "Bad Request", f.RetryAfter));
        }

        return method switch
        {
            "getMe" => Record(method, body, 200, Ok(Bot())),
            "getUpdates" => await GetUpdatesAsync(body, context.RequestAborted).ConfigureAwait(false),
            "sendMessage" or "editMessageText" => SendMessage(method, body),
            "getFile" => GetFile(body),
            "getChatAdministrators" => GetChatAdministrators(body),
            "answerCallbackQuery" or "answerInlineQuery" or "setMyCommands" or "sendChatAction" or "setWebhook" or "deleteWebhook"
                => Record(method, body, 200, Ok(true)),
            _ => Record(method, body, 404, Error(404, "Not Found: method not found")),
        };
    }

    private async Task<IResult> GetUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = body["offset"]?.GetValue<int>() ?? 0;
        var limit = Math.Clamp(body["limit"]?.GetValue<int>() ?? 100, 1, 100);
        var timeout = Math.Clamp(body["timeout"]?.GetValue<int>() ?? 0, 0, 50);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        wait.CancelAfter(TimeSpan.FromSeconds(Math.Min(timeout, 2))); // long poll, kept short: the bot simply asks again
        while (true)
        {
            Task changed;
            JsonObject[] ready;
            lock (_lock)
            {
                _pending.RemoveAll(u => u["update_id"]!.GetValue<int>() < offset);
                ready = _pending.Take(limit).Select(u => (JsonObject)u.DeepClone()).ToArray();
                changed = _changed.Task;
            }

            if (ready.Length > 0 || timeout == 0 || wait.IsCancellationRequested)
            {
                lock (_lock)
                {
                    foreach (var u in ready)
                    {
                        var id = u["update_id"]!.GetValue<int>();
                        _deliveries[id] = _deliveries.GetValueOrDefault(id) + 1;
                    }
                }

                return Record("getUpdates", body, 200, Ok(new JsonArray(ready)));
            }

            try
            {
                await changed.WaitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private IResult SendMessage(string method, JsonObject body)
    {
        var text = body["text"]?.GetValue<string>() ?? "";
        var length = text.Length;
        if (string.Equals(body["parse_mode"]?.GetValue<string>(), "HTML", StringComparison.OrdinalIgnoreCase) && TelegramHtmlChecker.Check(text, out length) is { } problem)
        {
            return Record(method, body, 400, Error(400, problem));
        }

        if (length is 0 or > 4096)
        {
            return Record(method, body, 400, Error(400, length == 0 ? "Bad Request: message text is empty" : "Bad Request: message is too long"));
        }

        var chat = body["chat_id"]?.DeepClone();
        return Record(method, body, 200, Ok(new JsonObject
        {
            ["message_id"] = NextMessageId(),
            ["date"] = _time.GetUtcNow().ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private" },
            ["from"] = Bot(),
            ["text"] = text,
        }));
    }

    private IResult GetFile(JsonObject body)
    {
        var id = body["file_id"]?.GetValue<string>() ?? "";
        (string Path, byte[] Content) file;
        lock (_lock)
        {
            if (!_files.TryGetValue(id, out file))
            {
                return Record("getFile", body, 400, Error(400, "Bad Request: invalid file_id"));
            }
        }

        return Record("getFile", body, 200, Ok(new JsonObject
        {
            ["file_id"] = id,
            ["file_unique_id"] = "u" + id,
            ["file_size"] = file.Content.Length,
            ["file_path"] = file.Path,
        }));
    }

    private IResult DownloadFile(string token, string path)
    {
        var body = new JsonObject { ["file_path"] = path };
        if (_token is not null && token != _token)
        {
            return Record("downloadFile", body, 401, Results.StatusCode(401));
        }

        byte[]? content;
        lock (_lock)
        {
            content = _files.Values.FirstOrDefault(f => f.Path == path).Content;
        }

        return content is null
            ? Record("downloadFile", body, 404, Results.StatusCode(404))
            : Record("downloadFile", body, 200, Results.Bytes(content, "application/octet-stream"));
    }

    private IResult GetChatAdministrators(JsonObject body)
    {
        var chat = long.TryParse(body["chat_id"]?.ToString(), out var id) ? id : 0;
        long[]? admins;
        lock (_lock)
        {
            admins = _administrators.GetValueOrDefault(chat);
        }

        if (admins is null)
        {
            return Record("getChatAdministrators", body, 400, Error(400, "Bad Request: chat not found"));
        }

        return Record("getChatAdministrators", body, 200, Ok(new JsonArray(admins.Select((user, i) => (JsonNode)new JsonObject
        {
            ["status"] = i == 0 ? "creator" : "administrator",
            ["user"] = new JsonObject { ["id"] = user, ["is_bot"] = false, ["first_name"] = $"Admin {user}" },
            ["is_anonymous"] = false,
            ["can_be_edited"] = false,
            ["can_manage_chat"] = true,
            ["can_delete_messages"] = true,
            ["can_manage_video_chats"] = false,
            ["can_restrict_members"] = true,
            ["can_promote_members"] = false,
            ["can_change_info"] = true,
            ["can_invite_users"] = true,
            ["can_post_stories"] = false,
            ["can_edit_stories"] = false,
            ["can_delete_stories"] = false,
        }).ToArray())));
    }

    private async Task<IResult> PushFromControlAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request, alwaysJson: true).ConfigureAwait(false);
        var id = body.ContainsKey("text") && !body.ContainsKey("message")
            ? PushMessage(body["chat_id"]?.GetValue<long>() ?? 1, body["text"]?.GetValue<string>(), body["chat_type"]?.GetValue<string>() ?? "private")
            : PushUpdate(body);
        return Results.Json(new { update_id = id });
    }

    // {"chat_id": 5, "file_name": "a.txt", "mime_type": "text/plain", "content": "text" | "content_base64": "…", "caption": "/add"}
    private async Task<IResult> PushDocumentFromControlAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request, alwaysJson: true).ConfigureAwait(false);
        var content = body["content_base64"]?.GetValue<string>() is { } base64 ? Convert.FromBase64String(base64)
            : System.Text.Encoding.UTF8.GetBytes(body["content"]?.GetValue<string>() ?? "");
        var id = PushDocument(body["chat_id"]?.GetValue<long>() ?? 1, body["file_name"]?.GetValue<string>() ?? "file.txt",
            body["mime_type"]?.GetValue<string>() ?? "text/plain", content, body["caption"]?.GetValue<string>(), body["chat_type"]?.GetValue<string>() ?? "private");
        return Results.Json(new { update_id = id });
    }

    // {"chat_id": -100123, "user_ids": [7, 8]}
    private async Task<IResult> SetAdministratorsFromControlAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request, alwaysJson: true).ConfigureAwait(false);
        SetAdministrators(body["chat_id"]!.GetValue<long>(), body["user_ids"]?.AsArray().Select(u => u!.GetValue<long>()).ToArray() ?? []);
        return Results.Ok();
    }

    private async Task<IResult> FailFromControlAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request, alwaysJson: true).ConfigureAwait(false);
        Fail(body["method"]!.GetValue<string>(), body["status"]!.GetValue<int>(), body["retry_after"]?.GetValue<int>(), body["times"]?.GetValue<int>() ?? 1);
        return Results.Ok();
    }

    private IResult Record(string method, JsonObject body, int status, IResult result)
    {
        lock (_lock)
        {
            _calls.Add(new ApiCall(method, body, _time.GetUtcNow(), status));
            Signal();
        }

        return result;
    }

    private void Signal()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    private int NextMessageId() => Interlocked.Increment(ref _nextMessageId);

    private static JsonObject Bot() => new()
    {
        ["id"] = BotId,
        ["is_bot"] = true,
        ["first_name"] = "Briefing",
        ["username"] = BotUsername,
        ["can_join_groups"] = true,
        ["can_read_all_group_messages"] = false,
        ["supports_inline_queries"] = true,
    };

    private static IResult Ok(JsonNode result) => Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });

    private static IResult Error(int code, string description, int? retryAfter = null)
    {
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is int seconds)
        {
            error["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return Results.Json(error, statusCode: code);
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request, bool alwaysJson = false)
    {
        if (request.HasFormContentType && !alwaysJson)
        {
            var form = await request.ReadFormAsync().ConfigureAwait(false);
            var obj = new JsonObject();
            foreach (var (key, value) in form)
            {
                obj[key] = value.ToString();
            }

            return obj;
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync().ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(text) ? [] : JsonNode.Parse(text) as JsonObject ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
