using BriefingBot.Chat.Buttons;
using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Delivery;
using BriefingBot.Chat.Paging;
using BriefingBot.Chat.State;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Curation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Chat;

/// <summary>
/// The single entry point every platform calls with a request and the channel to answer on. It drops re-delivered
/// updates (one ledger), bounds the input, routes commands, plain messages and button presses, binds and checks
/// arguments against the command's declaration, turns failures into short replies, and delivers: acknowledge, then
/// send. An update counts as answered once its reply went out, or failed for good; one a stop cut short is given back,
/// to be answered on its next delivery. Requests run side by side: the engine reads concurrently, and the stores
/// serialise their own writes.
/// </summary>
public sealed class ChatDispatcher
{
    private readonly ChatCommandCatalog _catalog;
    private readonly PagedAnswers _paging;
    private readonly UpdateLedger _ledger;
    private readonly ChatOptions _options;
    private readonly ILogger _logger;
    private readonly ChatMetrics? _metrics;
    private readonly CommandButtons? _buttons;

    public ChatDispatcher(ChatCommandCatalog catalog, PagedAnswers paging, UpdateLedger ledger, ChatOptions options, ILogger<ChatDispatcher>? logger = null,
        ChatMetrics? metrics = null, CommandButtons? buttons = null)
    {
        _buttons = buttons;
        _catalog = catalog;
        _paging = paging;
        _ledger = ledger;
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _metrics = metrics;
    }

    public const string TooLongMessage = "That message is too long. Please ask in a sentence or two.";
    public const string TextOnlyMessage = "I read text only. Ask a question, for example: what did Peskov say about bans";
    public const string ButtonExpiredMessage = "That button has expired. Use the command instead.";
    public const string FailureMessage = "Something went wrong while answering that. Please try again later.";

    /// <summary>The command a plain message to the bot is.</summary>
    public const string PlainTextCommand = "ask";

    // Command labels for requests that name no known command.
    private const string UnknownCommand = "unknown";
    private const string ButtonCommand = "button";
    private const string InlineCommand = "inline";

    /// <summary>The commands this dispatcher serves.</summary>
    public ChatCommandCatalog Catalog => _catalog;

    /// <summary>
    /// Answers one request on <paramref name="channel"/>; sends nothing when there is nothing to send (already answered,
    /// not addressed to us, a channel post). Throws <see cref="OperationCanceledException"/> when a stop cut it short
    /// (the update is then answered on its next delivery), and rethrows a refusal of the reply by the platform (the
    /// update then counts as answered: it would be refused again).
    /// </summary>
    public async Task HandleAsync(ChatRequest request, IReplyChannel channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(channel);
        if (request.ChatKind == ChatKind.Channel || !_ledger.TryTake(request.Platform, request.UpdateId))
        {
            return;
        }

        ChatReply? reply;
        try
        {
            reply = await AnswerTakenAsync(request, channel, cancellationToken).ConfigureAwait(false);
            if (reply is not null)
            {
                await channel.SendAsync(reply, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            _ledger.Release(request.Platform, request.UpdateId);
            throw;
        }
        catch
        {
            _ledger.Complete(request.Platform, request.UpdateId);
            throw;
        }

        _ledger.Complete(request.Platform, request.UpdateId);
    }

    /// <summary>Answers one request and returns the reply instead of sending it (null when nothing would be sent).</summary>
    public async Task<ChatReply?> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        var captured = new CapturedReply();
        await HandleAsync(request, captured, cancellationToken).ConfigureAwait(false);
        return captured.Reply;
    }

    /// <summary>
    /// The top cited quotes for a search typed anywhere (Telegram inline mode: "@Bot peskov bans"): none for an empty,
    /// unanswerable or overlong query, null for a re-delivered one.
    /// </summary>
    public Task<IReadOnlyList<ExcerptBlock>?> SearchAsync(ChatRequest request, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_ledger.TryTake(request.Platform, request.UpdateId))
        {
            return Task.FromResult<IReadOnlyList<ExcerptBlock>?>(null);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            _ledger.Release(request.Platform, request.UpdateId);
            return Task.FromCanceled<IReadOnlyList<ExcerptBlock>?>(cancellationToken);
        }

        var results = Search(request.Platform, request.Text?.Trim() ?? "", limit);
        _ledger.Complete(request.Platform, request.UpdateId);
        return Task.FromResult<IReadOnlyList<ExcerptBlock>?>(results);
    }

    private IReadOnlyList<ExcerptBlock> Search(string platform, string query, int limit)
    {
        if (query.Length == 0 || query.Length > _options.MaxInputLength)
        {
            return [];
        }

        var started = _metrics?.Start() ?? 0;
        try
        {
            var found = _paging.Top(query, Math.Clamp(limit, 1, 50));
            _metrics?.Answered(platform, InlineCommand, ChatMetrics.Outcomes.Answered, started);
            return found;
        }
        catch (QuestionException)
        {
            _metrics?.Answered(platform, InlineCommand, ChatMetrics.Outcomes.Refused, started);
            return [];
        }
    }

    private async Task<ChatReply?> AnswerTakenAsync(ChatRequest request, IReplyChannel channel, CancellationToken cancellationToken)
    {
        var started = _metrics?.Start() ?? 0;
        var route = new Route();
        ChatReply? reply;
        try
        {
            reply = await RouteAsync(request, channel, route, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is QuestionException or CurationException)
        {
            reply = ChatReply.Error(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(e, "Answering {Platform} update {UpdateId} failed", request.Platform, request.UpdateId);
            reply = ChatReply.Error(FailureMessage);
            route.Failed = true;
        }

        if (reply is not null)
        {
            var outcome = route.Failed ? ChatMetrics.Outcomes.Failed : reply.IsError ? ChatMetrics.Outcomes.Refused : ChatMetrics.Outcomes.Answered;
            _metrics?.Answered(request.Platform, route.Command, outcome, started);
        }

        return reply;
    }

    private async Task<ChatReply?> RouteAsync(ChatRequest request, IReplyChannel channel, Route route, CancellationToken cancellationToken)
    {
        // In a group, only what names or answers us (a slash command on Discord, "/cmd@Bot", a mention, a reply) is ours.
        var addressed = request.ChatKind == ChatKind.Private || request.MentionsBot || request.IsReplyToBot;
        if (request.IsCallback)
        {
            route.Command = ButtonCommand;
            if (request.CallbackData!.Length > 100)
            {
                return ChatReply.Error(PagedAnswers.UnknownMessage) with { Notice = PagedAnswers.UnknownMessage };
            }

            await channel.AcknowledgeAsync(cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (_buttons is not null && CommandButtons.IsCommand(request.CallbackData))
            {
                // A button that runs a command: run as if its presser typed it, permission and all.
                return _buttons.Find(request.CallbackData, request.Platform, request.ChatId, out var line) switch
                {
                    PageLookup.Found => await RunAsync(request, line.Command, line.Args, addressed: true, acknowledged: true, channel, route, cancellationToken)
                        .ConfigureAwait(false),
                    PageLookup.Expired => ChatReply.Error(ButtonExpiredMessage) with { Notice = ButtonExpiredMessage },
                    _ => ChatReply.Error(PagedAnswers.UnknownMessage) with { Notice = PagedAnswers.UnknownMessage },
                };
            }

            return _paging.Continue(request);
        }

        var text = request.Text ?? "";
        if (text.Length > _options.MaxInputLength || (request.Args?.Length ?? 0) > _options.MaxInputLength
            || request.Options.Values.Any(v => v.Length > _options.MaxInputLength))
        {
            return addressed || request.Command is not null || text.StartsWith('/') ? ChatReply.Error(TooLongMessage) : null;
        }

        string name, args;
        if (request.Command is { } command)
        {
            (name, args) = (command.ToLowerInvariant(), request.Args ?? "");
        }
        else if (ChatCommandParser.Parse(text) is { } parsed)
        {
            (name, args) = (parsed.Name, parsed.Args);
        }
        else if (!addressed)
        {
            return null;
        }
        else if (string.IsNullOrWhiteSpace(text))
        {
            return request.HasNonTextContent && request.ChatKind == ChatKind.Private ? ChatReply.Error(TextOnlyMessage) : null;
        }
        else
        {
            (name, args) = (PlainTextCommand, text.Trim());
        }

        return await RunAsync(request, name, args, addressed, acknowledged: false, channel, route, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ChatReply?> RunAsync(ChatRequest request, string name, string args, bool addressed, bool acknowledged, IReplyChannel channel, Route route,
        CancellationToken cancellationToken)
    {
        if (_catalog.Find(name) is not { } handler)
        {
            route.Command = UnknownCommand;
            var known = ChatCommandParser.Parse("/" + name)?.Name == name; // echo only a well-formed name
            return addressed ? ChatReply.Error(known ? $"I don't know /{name}. Try /help." : "I don't know that command. Try /help.") : null;
        }

        route.Command = name;
        if (handler.Info.Permission == ChatPermission.Moderator && !request.IsModerator)
        {
            return ChatReply.Error($"Only moderators can use /{name}.");
        }

        var (arguments, error) = ChatArgumentBinder.Bind(handler, request, args);
        if (arguments is null)
        {
            return ChatReply.Error(error!);
        }

        if (!acknowledged)
        {
            await channel.AcknowledgeAsync(cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return await handler.HandleAsync(new ChatCommandContext(request, arguments, _catalog), cancellationToken).ConfigureAwait(false);
    }

    // The command a request was routed to, as a metrics label: a known command's name, never the user's text.
    private sealed class Route
    {
        public string Command { get; set; } = UnknownCommand;

        public bool Failed { get; set; }
    }
}
