using System.CommandLine;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Library;

namespace BriefingBot.Cli.Commands;

/// <summary>`quotes [--speaker S] [--article ID]`: the stored quotes, as extracted.</summary>
public static class QuotesCommand
{
    public static Command Create(CommandRunner runner)
    {
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes of this speaker (name or alias)" };
        var article = new Option<int?>("--article") { Description = "Only quotes of this article" };
        var command = new Command("quotes", "List stored quotes with their speakers") { speaker, article };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: true, (session, io) =>
        {
            var quotes = Select(session.Library, parse.GetValue(speaker), parse.GetValue(article), out var problem);
            if (problem is not null)
            {
                io.Error.WriteLine($"error: {problem}");
                return 1;
            }

            if (io.Json)
            {
                CliJson.Write(io.Output, quotes.Select(ToJson));
                return 0;
            }

            foreach (var q in quotes)
            {
                io.Output.WriteLine($"[{q.Id}] {CitationText.Quoted(q.Text, q.Kind)}");
                io.Output.WriteLine($"     — {CitationText.Speaker(q.Speaker, q.SpeakerRole)} ({q.Kind.ToString().ToLowerInvariant()}, {q.Attribution.ToString().ToLowerInvariant()}, {q.Confidence:0.00}; article {q.ArticleId})");
            }

            io.Output.WriteLine($"{quotes.Count} quote(s).");
            return 0;
        }));
        return command;
    }

    private static List<Quote> Select(BriefingLibrary library, string? speakerName, int? articleId, out string? problem)
    {
        problem = null;
        IEnumerable<Quote> quotes;
        if (speakerName is not null)
        {
            var speaker = library.Speakers.FindByName(speakerName);
            if (speaker is null)
            {
                problem = $"no speaker called {speakerName} (see: speakers)";
                return [];
            }

            quotes = library.Store.QuotesOfSpeaker(speaker.Id);
        }
        else if (articleId is int id)
        {
            if (library.Store.GetArticle(id) is null)
            {
                problem = $"no article {id} (see: articles)";
                return [];
            }

            quotes = library.Store.QuotesOfArticle(id);
        }
        else
        {
            quotes = library.Store.AllQuotes();
        }

        if (articleId is int only)
        {
            quotes = quotes.Where(q => q.ArticleId == only);
        }

        return quotes.OrderBy(q => q.ArticleId).ThenBy(q => q.InHeadline ? -1 : q.Start).ToList();
    }

    public static object ToJson(Quote q) => new
    {
        id = q.Id,
        text = q.Text,
        speaker = q.Speaker,
        speakerRole = q.SpeakerRole,
        speakerKind = q.SpeakerKind == SpeakerKind.Unknown ? null : q.SpeakerKind.ToString().ToLowerInvariant(),
        articleId = q.ArticleId,
        kind = q.Kind,
        attribution = q.Attribution,
        confidence = Math.Round(q.Confidence, 3),
        inHeadline = q.InHeadline,
        start = q.Start,
        length = q.Length,
        context = q.Context,
    };
}
