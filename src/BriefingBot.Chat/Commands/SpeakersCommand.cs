using BriefingBot.Chat.Catalog;
using BriefingBot.Core.Library;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Chat.Commands;

/// <summary>/speakers [PREFIX]: who has been quoted, most quoted first, with roles and affiliations.</summary>
public sealed class SpeakersCommand(BriefingLibrary library, ChatOptions options) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("speakers", "Who has been quoted",
        [new("prefix", "Only names starting with this", Required: false, MaxLength: 100)])
    { MenuOrder = 40 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var prefix = context.Arguments.Text("prefix");
        var start = NameNormalizer.Key(prefix);
        var speakers = library.Speakers.All
            .Select(s => (Speaker: s, Quotes: library.Quotes.QuotesOfSpeaker(s.Id).Count))
            .Where(x => x.Quotes > 0)
            .Where(x => start.Length == 0 || NameNormalizer.Key(x.Speaker.Name).StartsWith(start, StringComparison.Ordinal)
                        || x.Speaker.Aliases.Any(a => NameNormalizer.Key(a).StartsWith(start, StringComparison.Ordinal)))
            .OrderByDescending(x => x.Quotes).ThenBy(x => x.Speaker.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (speakers.Count == 0)
        {
            return ValueTask.FromResult(ChatReply.Text(prefix.Length == 0 ? "Nobody has been quoted yet." : $"No one quoted has a name starting with {prefix}."));
        }

        var blocks = new List<ReplyBlock> { new TextBlock(prefix.Length == 0 ? "Who has been quoted" : $"Quoted people: {prefix}…", TextRole.Heading) };
        foreach (var (speaker, quotes) in speakers.Take(options.ListLimit))
        {
            var about = string.Join("; ", speaker.Roles.Take(2).Concat(speaker.Affiliations.Take(2)));
            var count = $"{quotes} quote{(quotes == 1 ? "" : "s")}";
            blocks.Add(new ItemBlock(speaker.Name, about.Length > 0 ? $"{about} · {count}" : count));
        }

        if (speakers.Count > options.ListLimit)
        {
            blocks.Add(new TextBlock($"and {speakers.Count - options.ListLimit} more: narrow it with /speakers PREFIX", TextRole.Note));
        }

        return ValueTask.FromResult(new ChatReply { Blocks = blocks });
    }
}
