using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Curation;
using BriefingBot.Core.Curation;

namespace BriefingBot.Chat.Commands;

/// <summary>/quote speaker|text|remove ID [VALUE]: corrects a stored quote ("12") or a preview's ("7.2").</summary>
public sealed class QuoteCorrectionCommand(CurationDesk desk) : IChatCommand
{
    private const string Usage = "Use /quote speaker ID NAME, /quote text ID TEXT or /quote remove ID, for example: /quote speaker 7.2 Jane Doe";

    public ChatCommandInfo Info { get; } = new("quote", "Correct a quote: its speaker, its text, or remove it",
        [
            new("action", "speaker, text or remove", Required: true, MaxLength: 10) { Missing = Usage },
            new("id", "The quote's number (7.2 for quote 2 of preview 7)", Required: true, MaxLength: 20) { Missing = Usage },
            new("value", "The speaker's name or the quote's corrected text", Required: false, MaxLength: 2000),
        ])
    { Permission = ChatPermission.Moderator, MenuOrder = 140 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var arguments = context.Arguments;
        if (QuoteRef.Parse(arguments.Text("id")) is not { } quote)
        {
            return ValueTask.FromResult(ChatReply.Error(Usage));
        }

        var who = RequestCurator.Of(context.Request);
        var value = arguments.Text("value");
        switch (arguments.Text("action").ToLowerInvariant())
        {
            case "speaker" when value.Length > 0:
                desk.SetQuoteSpeaker(quote, value, who);
                return Done($"Quote {quote} is now attributed to {value}.");
            case "text" when value.Length > 0:
                desk.SetQuoteText(quote, value, who);
                return Done($"Quote {quote} now reads: “{value}”");
            case "remove":
                desk.RemoveQuote(quote, who);
                return Done($"Quote {quote} is removed. /restore {quote} brings it back.");
            default:
                return ValueTask.FromResult(ChatReply.Error(Usage));
        }
    }

    private static ValueTask<ChatReply> Done(string text) => ValueTask.FromResult(ChatReply.Text(text));
}
