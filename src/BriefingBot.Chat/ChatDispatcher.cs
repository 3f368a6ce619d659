using BriefingBot.Chat.Paging;
using BriefingBot.Chat.State;
using BriefingBot.Core.Answers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Chat;

/// <summary>
/// The single entry point every platform calls: drops re-delivered updates, bounds the input, routes commands, plain
/// messages and button presses to their handlers, and turns failures into short replies. Null means "send nothing".
/// </summary>
public sealed class ChatDispatcher
{
    private readonly Dictionary<string, IChatCommand> _commands;
    private readonly PagedAnswers _paging;
    private readonly UpdateLedger _ledger;
    private readonly ChatOptions _options;
    private readonly ILogger _logger;
    private readonly ChatMetrics? _metrics;

    // The engine's indexes are shared; one request at a time keeps answers consistent while moderators ingest.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public ChatDispatcher(IEnumerable<IChatCommand> commands, PagedAnswers paging, UpdateLedger ledger, ChatOptions options, ILogger<ChatDispatcher>? logger = null,
        ChatMetrics? metrics = null)
    {
        _commands = commands.ToDictionary(c => c.Info.Name, StringComparer.Ordinal);
        _paging = paging;
        _ledger = ledger;
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _metrics = metrics;
    }

    public const string TooLongMessage = "That message is too long. Please ask in a sentence or two.";
    public const string TextOnlyMessage = "I read text only. Ask a question, for example: what did Peskov say about bans";
    public const string FailureMessage = "Something went wrong while answering that. Please try again later.";

    // Command labels for requests that name no known command.
    private const string UnknownCommand = "unknown";
    private const string ButtonCommand = "button";
    private const string InlineCommand = "inline";

    /// <summary>The commands this dispatcher serves.</summary>
    public IReadOnlyList<ChatCommandInfo> Commands => ChatCommands.All.Where(c => _commands.ContainsKey(c.Name)).ToList();

    /// <summary>Answers one request; null when there is nothing to send (already answered, not addressed to us, a channel post).</summary>
    /// <remarks>The update counts as answered once the reply is returned; a platform that sends replies later uses <see cref="AnswerAsync"/>.</remarks>
    public async Task<ChatReply?> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        var reply = await AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        if (reply is not null)
        {
            Settle(request, sent: true);
        }

        return reply;
    }

    /// <summary>
    /// Answers one request like <see cref="HandleAsync"/>, but a reply leaves the update taken, not yet answered, until the
    /// platform says with <see cref="Settle"/> whether the reply went out: an update whose reply never left (the bot stopped
    /// or crashed first) is answered when the platform delivers it again. A null reply needs no settling.
    /// </summary>
    public async Task<ChatReply?> AnswerAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ChatKind == ChatKind.Channel || !_ledger.TryTake(request.Platform, request.UpdateId))
        {
            return null;
        }

        ChatReply? reply;
        try
        {
            reply = await AnswerTakenAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _ledger.Release(request.Platform, request.UpdateId);
            throw;
        }

        if (reply is null)
        {
            _ledger.Complete(request.Platform, request.UpdateId);
        }

        return reply;
    }

    /// <summary>After <see cref="AnswerAsync"/> gave a reply: records the update as answered (sent) or gives it back to be answered on its next delivery.</summary>
    public void Settle(ChatRequest request, bool sent)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (sent)
        {
            _ledger.Complete(request.Platform, request.UpdateId);
        }
        else
        {
            _ledger.Release(request.Platform, request.UpdateId);
        }
    }

    /// <summary>
    /// Sends a reply from <see cref="AnswerAsync"/> with <paramref name="send"/> and settles its update by how that ended:
    /// sent, or failed for good (it would fail again), counts as answered; cancelled (a stop) gives the update back, to be
    /// answered on its next delivery, and the cancellation is rethrown.
    /// </summary>
    public async Task DeliverAsync(ChatRequest request, Func<Task> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Settle(request, sent: false);
            throw;
        }
        catch
        {
            Settle(request, sent: true);
            throw;
        }

        Settle(request, sent: true);
    }

    private async Task<ChatReply?> AnswerTakenAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var started = _metrics?.Start() ?? 0;
        var route = new Route();
        ChatReply? reply;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            reply = await RouteAsync(request, route, cancellationToken).ConfigureAwait(false);
        }
        catch (QuestionException e)
        {
            reply = ChatReply.Error(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(e, "Answering {Platform} update {UpdateId} failed", request.Platform, request.UpdateId);
            reply = ChatReply.Error(FailureMessage);
            route.Failed = true;
        }
        finally
        {
            _gate.Release();
        }

        if (reply is not null)
        {
            var outcome = route.Failed ? ChatMetrics.Outcomes.Failed : reply.IsError ? ChatMetrics.Outcomes.Refused : ChatMetrics.Outcomes.Answered;
            _metrics?.Answered(request.Platform, route.Command, outcome, started);
        }

        return reply;
    }

    /// <summary>
    /// The top cited quotes for a search typed anywhere (Telegram inline mode: "@Bot peskov bans"): none for an empty,
    /// unanswerable or overlong query, null for a re-delivered one.
    /// </summary>
    public async Task<IReadOnlyList<ExcerptBlock>?> SearchAsync(ChatRequest request, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_ledger.TryTake(request.Platform, request.UpdateId))
        {
            return null;
        }

        IReadOnlyList<ExcerptBlock> results;
        try
        {
            results = await SearchTakenAsync(request.Platform, request.Text?.Trim() ?? "", limit, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _ledger.Release(request.Platform, request.UpdateId);
            throw;
        }

        _ledger.Complete(request.Platform, request.UpdateId);
        return results;
    }

    private async Task<IReadOnlyList<ExcerptBlock>> SearchTakenAsync(string platform, string query, int limit, CancellationToken cancellationToken)
    {
        if (query.Length == 0 || query.Length > _options.MaxInputLength)
        {
            return [];
        }

        var started = _metrics?.Start() ?? 0;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
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
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ChatReply?> RouteAsync(ChatRequest request, Route route, CancellationToken cancellationToken)
    {
        // Structured commands (Discord slash commands) are always meant for us; text in a group only when it names or answers us.
        var addressed = request.Command is not null || request.ChatKind == ChatKind.Private || request.MentionsBot || request.IsReplyToBot;
        if (request.IsCallback)
        {
            route.Command = ButtonCommand;
            return request.CallbackData!.Length > 100 ? ChatReply.Error(PagedAnswers.UnknownMessage) with { Notice = PagedAnswers.UnknownMessage }
                : _paging.Continue(request);
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
            (name, args) = (ChatCommands.Ask.Name, text.Trim());
        }

        if (!_commands.TryGetValue(name, out var handler))
        {
            route.Command = UnknownCommand;
            var known = ChatCommandParser.Parse("/" + name)?.Name == name; // echo only a well-formed name
            return addressed ? ChatReply.Error(known ? $"I don't know /{name}. Try /help." : "I don't know that command. Try /help.") : null;
        }

        route.Command = name;
        return await handler.HandleAsync(request, args, cancellationToken).ConfigureAwait(false);
    }

    // The command a request was routed to, as a metrics label: a known command's name, never the user's text.
    private sealed class Route
    {
        public string Command { get; set; } = UnknownCommand;

        public bool Failed { get; set; }
    }
}
