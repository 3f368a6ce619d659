using BriefingBot.Chat.Paging;

namespace BriefingBot.Chat.Commands;

/// <summary>
/// /ask QUESTION (and plain messages to the bot): cited quotes answering a question; /brief TOPIC: the best quotes
/// and the summaries of the most relevant articles. Both page with "More".
/// </summary>
public sealed class AskCommand : IChatCommand
{
    private readonly string _option;
    private readonly string _hint;
    private readonly Func<ChatRequest, string, ChatReply> _answer;

    private AskCommand(ChatCommandInfo info, string hint, Func<ChatRequest, string, ChatReply> answer)
    {
        Info = info;
        _option = info.Options[0].Name;
        _hint = hint;
        _answer = answer;
    }

    public ChatCommandInfo Info { get; }

    public static AskCommand Ask(PagedAnswers answers) =>
        new(ChatCommands.Ask, "Ask a question after /ask, for example: /ask what did Peskov say about bans", answers.Ask);

    public static AskCommand Brief(PagedAnswers answers) =>
        new(ChatCommands.Brief, "Name a topic after /brief, for example: /brief the Twitter slowdown", answers.Brief);

    public ValueTask<ChatReply> HandleAsync(ChatRequest request, string args, CancellationToken cancellationToken)
    {
        var text = request.Options.GetValueOrDefault(_option) ?? args;
        return ValueTask.FromResult(string.IsNullOrWhiteSpace(text) ? ChatReply.Error(_hint) : _answer(request, text.Trim()));
    }
}
