using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Paging;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Library;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Chat.Commands;

/// <summary>
/// /quotes SPEAKER [TOPIC]: quotes from one person, on a topic when given. Typed as text, the speaker is the longest known
/// name the words start with (else the first word), and the topic the words after it.
/// </summary>
public sealed class QuotesCommand(BriefingLibrary library, PagedAnswers answers) : IChatCommand, ITextArguments
{
    private const int MaxNameWords = 5;

    public ChatCommandInfo Info { get; } = new("quotes", "Quotes from one person, optionally on a topic",
        [new("speaker", "Who said it, e.g. Peskov", Required: true, MaxLength: 100)
        {
            AutocompleteSource = SpeakerSuggestions.SourceName,
            Missing = "Name someone after /quotes, for example: /quotes Peskov bans",
        },
         new("topic", "What about, e.g. bans", Required: false, MaxLength: 200)])
    { MenuOrder = 20 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var speakerText = context.Arguments.Text("speaker");
        var topic = context.Arguments.Text("topic");
        var speaker = library.Speakers.FindByName(speakerText);
        if (speaker is null)
        {
            var near = library.Speakers.FindSimilar(speakerText, 0.75, 3).Select(x => x.Speaker.Name).ToList();
            return Reply(ChatReply.Error($"I have no one called {speakerText}."
                + (near.Count > 0 ? $" Did you mean {string.Join(" or ", near)}?" : " See /speakers.")));
        }

        return Reply(answers.Ask(context.Request, AnswerQuery.From(speaker.Name, topic) with { Text = $"/quotes {speaker.Name} {topic}".Trim() }));
    }

    public IReadOnlyDictionary<string, string> Read(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var n = Math.Min(MaxNameWords, words.Length); n >= 1; n--)
        {
            var name = string.Join(' ', words.Take(n));
            if (library.Speakers.FindByName(name) is not null)
            {
                return new Dictionary<string, string> { ["speaker"] = name, ["topic"] = string.Join(' ', words.Skip(n)) };
            }
        }

        return words.Length == 0 ? new Dictionary<string, string>() : new Dictionary<string, string> { ["speaker"] = words[0] };
    }

    private static ValueTask<ChatReply> Reply(ChatReply reply) => ValueTask.FromResult(reply);
}
