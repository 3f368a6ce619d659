using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Curation;
using BriefingBot.Core.Curation;

namespace BriefingBot.Chat.Commands;

/// <summary>/restore ID: brings back a removed quote.</summary>
public sealed class RestoreCommand(CurationDesk desk) : IChatCommand
{
    private const string Usage = "Give the removed quote's number, for example: /restore 12";

    public ChatCommandInfo Info { get; } = new("restore", "Bring back a removed quote",
        [new("id", "The quote's number", Required: true, MaxLength: 20) { Missing = Usage }])
    { Permission = ChatPermission.Moderator, MenuOrder = 150 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        if (QuoteRef.Parse(context.Arguments.Text("id")) is not { } quote)
        {
            return ValueTask.FromResult(ChatReply.Error(Usage));
        }

        var restored = desk.RestoreQuote(quote, RequestCurator.Of(context.Request));
        return ValueTask.FromResult(ChatReply.Text(restored == quote ? $"Quote {quote} is back." : $"Quote {quote} is back, as quote {restored}."));
    }
}
