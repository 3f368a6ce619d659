using BriefingBot.Chat.Paging;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Library;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Chat.Commands;

/// <summary>/quotes SPEAKER [TOPIC]: quotes from one person, on a topic when given. The speaker is the longest known name the words start with.</summary>
public sealed class QuotesCommand(BriefingLibrary library, PagedAnswers answers) : IChatCommand
{
    private const int MaxNameWords = 5;

    public ChatCommandInfo Info => ChatCommands.Quotes;

    public ValueTask<ChatReply> HandleAsync(ChatRequest request, string args, CancellationToken cancellationToken)
    {
        string speakerText, topic;
        Speaker? speaker;
        if (request.Options.TryGetValue("speaker", out var option))
        {
            speakerText = option.Trim();
            topic = request.Options.GetValueOrDefault("topic")?.Trim() ?? "";
            speaker = speakerText.Length == 0 ? null : library.Speakers.FindByName(speakerText);
        }
        else
        {
            speakerText = Words(args).FirstOrDefault() ?? "";
            (speaker, topic) = LongestName(args);
        }

        if (speakerText.Length == 0)
        {
            return Reply(ChatReply.Error("Name someone after /quotes, for example: /quotes Peskov bans"));
        }

        if (speaker is null)
        {
            var near = library.Speakers.FindSimilar(speakerText, 0.75, 3).Select(x => x.Speaker.Name).ToList();
            return Reply(ChatReply.Error($"I have no one called {speakerText}."
                + (near.Count > 0 ? $" Did you mean {string.Join(" or ", near)}?" : " See /speakers.")));
        }

        return Reply(answers.Ask(request, AnswerQuery.From(speaker.Name, topic) with { Text = $"/quotes {speaker.Name} {topic}".Trim() }));
    }

    private static ValueTask<ChatReply> Reply(ChatReply reply) => ValueTask.FromResult(reply);

    private (Speaker? Speaker, string Topic) LongestName(string args)
    {
        var words = Words(args);
        for (var n = Math.Min(MaxNameWords, words.Length); n >= 1; n--)
        {
            if (library.Speakers.FindByName(string.Join(' ', words.Take(n))) is { } found)
            {
                return (found, string.Join(' ', words.Skip(n)));
            }
        }

        return (null, "");
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
