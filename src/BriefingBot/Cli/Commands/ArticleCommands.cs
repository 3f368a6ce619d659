using System.CommandLine;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Curation;

namespace BriefingBot.Cli.Commands;

/// <summary>`articles`, `article ID` and `summary set ID TEXT`: what the library holds.</summary>
public static class ArticleCommands
{
    public static Command List(CommandRunner runner)
    {
        var limit = new Option<int>("--limit") { Description = "How many articles, newest first (1 to 10000)", DefaultValueFactory = _ => 50 }.Within(1, 10_000);
        var command = new Command("articles", "List stored articles, newest first") { limit };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: true, (session, io) =>
        {
            var articles = session.Library.Store.ListArticles(parse.GetValue(limit));
            if (io.Json)
            {
                CliJson.Write(io.Output, articles.Select(a => ToJson(a, quotes: null)));
                return 0;
            }

            foreach (var a in articles)
            {
                io.Output.WriteLine($"[{a.Id}] {a.Title}");
                io.Output.WriteLine($"     {string.Join(" · ", new[] { a.Outlet, CitationText.Date(a.PublishedAt), a.Url }.Where(s => !string.IsNullOrWhiteSpace(s)))}");
            }

            io.Output.WriteLine($"{articles.Count} article(s).");
            return 0;
        }));
        return command;
    }

    public static Command Show(CommandRunner runner)
    {
        var id = new Argument<int>("id") { Description = "The article's number (see: articles)" };
        var command = new Command("article", "Show an article's summary and its quotes") { id };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: true, (session, io) =>
        {
            var article = session.Library.Store.GetArticle(parse.GetValue(id));
            if (article is null)
            {
                io.Error.WriteLine($"error: no article {parse.GetValue(id)} (see: articles)");
                return 1;
            }

            var quotes = session.Library.Store.QuotesOfArticle(article.Id);
            if (io.Json)
            {
                CliJson.Write(io.Output, ToJson(article, quotes));
                return 0;
            }

            io.Output.WriteLine(article.Title);
            io.Output.WriteLine(string.Join(" · ", new[] { article.Outlet, article.Author, CitationText.Date(article.PublishedAt) }.Where(s => !string.IsNullOrWhiteSpace(s))));
            if (article.Url is { } url)
            {
                io.Output.WriteLine(url);
            }

            io.Output.WriteLine();
            io.Output.WriteLine(article.Summary ?? "(no summary yet: summary set " + article.Id + " \"...\")");
            foreach (var q in quotes)
            {
                io.Output.WriteLine();
                io.Output.WriteLine($"{CitationText.Quoted(q.Text, q.Kind)}");
                io.Output.WriteLine($"   — {CitationText.Speaker(q.Speaker, q.SpeakerRole)}");
            }

            return 0;
        }));
        return command;
    }

    public static Command Summary(CommandRunner runner)
    {
        var id = new Argument<int>("id") { Description = "The article's number" };
        var text = new Argument<string[]>("text") { Description = "The summary", Arity = ArgumentArity.OneOrMore };
        var set = new Command("set", "Set an article's summary") { id, text };
        set.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: false, (session, io) =>
        {
            var summary = string.Join(' ', parse.GetValue(text)!).Trim();
            if (summary.Length is 0 or > 4000)
            {
                io.Error.WriteLine("error: a summary must have between 1 and 4,000 characters");
                return 1;
            }

            if (session.Library.Store.GetArticle(parse.GetValue(id)) is null)
            {
                io.Error.WriteLine($"error: no article {parse.GetValue(id)} (see: articles)");
                return 1;
            }

            session.Desk.SetSummary(parse.GetValue(id), summary, Curator.Owner);

            if (io.Json)
            {
                CliJson.Write(io.Output, new { id = parse.GetValue(id), summary });
            }
            else
            {
                io.Output.WriteLine($"summary of article {parse.GetValue(id)} set.");
            }

            return 0;
        }));
        return new Command("summary", "Manage article summaries") { set };
    }

    private static object ToJson(Article a, IReadOnlyList<Quote>? quotes) => new
    {
        id = a.Id,
        title = a.Title,
        outlet = a.Outlet,
        author = a.Author,
        date = a.PublishedAt,
        url = a.Url,
        summary = a.Summary,
        source = a.Source,
        quotes = quotes?.Select(QuotesCommand.ToJson),
    };
}
