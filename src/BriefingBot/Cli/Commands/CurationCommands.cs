using System.CommandLine;
using System.Globalization;
using BriefingBot.Core.Curation;

namespace BriefingBot.Cli.Commands;

/// <summary>
/// `review`, `publish ID`, `discard ID`, `quote speaker|text|remove|restore`, `speaker alias|merge|role` and `audit`: what chat's
/// moderators do, for the host's owner, on the same desk (every change is in the audit log, as the owner's).
/// </summary>
public static class CurationCommands
{
    public static Command Review(CommandRunner runner)
    {
        var command = new Command("review", "List previews waiting to be published and quotes whose speaker is unsure");
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: false, (session, io) =>
        {
            var review = session.Desk.Review();
            if (io.Json)
            {
                CliJson.Write(io.Output, new
                {
                    previews = review.Previews.Select(p => new
                    {
                        id = p.Id,
                        title = p.Article.Title,
                        quotes = p.Quotes.Count(q => !q.Removed),
                        unsure = p.Quotes.Count(q => !q.Removed && q.IsUnsure),
                        addedBy = p.AddedBy,
                        expiresAt = p.ExpiresAt,
                        updatesArticle = p.UpdatesArticleId,
                    }),
                    unsureQuotes = review.UnsureQuotes.Select(q => new { id = q.Id, articleId = q.ArticleId, text = q.Text }),
                });
                return 0;
            }

            foreach (var preview in review.Previews)
            {
                io.Output.WriteLine($"preview {preview.Id}: {preview.Article.Title} ({preview.Quotes.Count(q => !q.Removed)} quotes; added by {preview.AddedBy})");
                foreach (var quote in preview.Quotes.Where(q => !q.Removed))
                {
                    io.Output.WriteLine($"   {preview.Id}.{quote.Number} {CitationText.Quoted(quote.Quote.Text, quote.Quote.Kind)} — {quote.SpeakerName ?? quote.Quote.Speaker ?? "speaker unsure (?)"}");
                }
            }

            foreach (var quote in review.UnsureQuotes)
            {
                io.Output.WriteLine($"quote {quote.Id} (article {quote.ArticleId}), speaker unsure: {CitationText.Quoted(quote.Text, quote.Kind)}");
            }

            io.Output.WriteLine($"{review.Previews.Count} preview(s), {review.UnsureQuotes.Count} quote(s) with an unsure speaker.");
            return 0;
        }));
        return command;
    }

    public static Command Publish(CommandRunner runner)
    {
        var id = new Argument<int>("id") { Description = "The preview's number (see: review)" };
        var command = new Command("publish", "Publish a preview: its article and quotes become searchable") { id };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: false, (session, io) =>
        {
            var published = session.Desk.Publish(parse.GetValue(id), Curator.Owner);
            Done(io, $"preview {published.PreviewId} published as article {published.Article.Id}{(published.Updated ? " (updated)" : "")} with {published.QuoteCount} quote(s).",
                new { preview = published.PreviewId, article = published.Article.Id, quotes = published.QuoteCount, updated = published.Updated });
            return 0;
        }));
        return command;
    }

    public static Command Discard(CommandRunner runner)
    {
        var id = new Argument<int>("id") { Description = "The preview's number (see: review)" };
        var command = new Command("discard", "Discard a preview") { id };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: false, (session, io) =>
        {
            var preview = session.Desk.Discard(parse.GetValue(id), Curator.Owner);
            Done(io, $"preview {preview.Id} discarded.", new { preview = preview.Id, discarded = true });
            return 0;
        }));
        return command;
    }

    public static Command Quote(CommandRunner runner)
    {
        var command = new Command("quote", "Correct a stored quote (12) or a preview's (7.2)")
        {
            QuoteChange(runner, "speaker", "Name who said the quote", "name", (desk, quote, value) => desk.SetQuoteSpeaker(quote, value!, Curator.Owner)),
            QuoteChange(runner, "text", "Correct the quote's words (they must be the article's own)", "text",
                (desk, quote, value) => desk.SetQuoteText(quote, value!, Curator.Owner)),
            QuoteChange(runner, "remove", "Remove the quote from answers (restore brings it back)", null, (desk, quote, _) => desk.RemoveQuote(quote, Curator.Owner)),
            QuoteChange(runner, "restore", "Bring back a removed quote", null, (desk, quote, _) => desk.RestoreQuote(quote, Curator.Owner)),
        };
        return command;
    }

    public static Command Speaker(CommandRunner runner) => new("speaker", "Correct a speaker: add an alias or a role, or merge two")
    {
        SpeakerChange(runner, "alias", "Let a speaker be found by another name", "name", "alias", (desk, a, b) => desk.AddSpeakerAlias(a, b, Curator.Owner)),
        SpeakerChange(runner, "role", "Add a role to a speaker", "name", "role", (desk, a, b) => desk.AddSpeakerRole(a, b, Curator.Owner)),
        SpeakerChange(runner, "merge", "Merge the first speaker into the second", "from", "into", (desk, a, b) => desk.MergeSpeakers(a, b, Curator.Owner)),
    };

    public static Command Audit(CommandRunner runner)
    {
        var limit = new Option<int>("--limit") { Description = "How many changes, newest first (1 to 100)", DefaultValueFactory = _ => 20 }.Within(1, 100);
        var command = new Command("audit", "Show the latest changes made by moderators and the owner") { limit };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: false, (session, io) =>
        {
            var entries = session.Desk.Audit(parse.GetValue(limit));
            if (io.Json)
            {
                CliJson.Write(io.Output, entries.Select(e => new
                {
                    at = e.At,
                    platform = e.Platform,
                    userId = e.UserId,
                    userName = e.UserName,
                    action = e.Action,
                    target = e.Target,
                    before = e.Before,
                    after = e.After,
                }));
                return 0;
            }

            foreach (var entry in entries)
            {
                var when = entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                io.Output.WriteLine($"{when} {entry.UserName ?? entry.UserId} ({entry.Platform} {entry.UserId}): {entry.Action} {entry.Target}");
                if (entry.Before is not null || entry.After is not null)
                {
                    io.Output.WriteLine($"   {entry.Before ?? "-"} → {entry.After ?? "-"}");
                }
            }

            io.Output.WriteLine($"{entries.Count} change(s).");
            return 0;
        }));
        return command;
    }

    private static Command QuoteChange(CommandRunner runner, string name, string description, string? valueName, Action<CurationDesk, QuoteRef, string?> change)
    {
        var id = new Argument<string>("id") { Description = "The quote's number: 12, or 7.2 for quote 2 of preview 7" };
        var value = valueName is null ? null : new Argument<string[]>(valueName) { Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, description) { id };
        if (value is not null)
        {
            command.Add(value);
        }

        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: false, (session, io) =>
        {
            var quote = QuoteRef.Parse(parse.GetValue(id)) ?? throw new UsageException($"'{parse.GetValue(id)}' is not a quote number (12, or 7.2 for quote 2 of preview 7).");
            var text = value is null ? null : string.Join(' ', parse.GetValue(value)!).Trim();
            change(session.Desk, quote, text);
            Done(io, $"quote {quote}: {name} done.", new { quote = quote.ToString(), change = name, value = text });
            return 0;
        }));
        return command;
    }

    private static Command SpeakerChange(CommandRunner runner, string name, string description, string first, string second, Action<CurationDesk, string, string> change)
    {
        var a = new Argument<string>(first) { Description = "A speaker's name (quote names of several words)" };
        var b = new Argument<string>(second);
        var command = new Command(name, description) { a, b };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: false, (session, io) =>
        {
            change(session.Desk, parse.GetValue(a)!, parse.GetValue(b)!);
            Done(io, $"speaker {parse.GetValue(a)}: {name} {parse.GetValue(b)} done.", new { speaker = parse.GetValue(a), change = name, value = parse.GetValue(b) });
            return 0;
        }));
        return command;
    }

    private static void Done(CommandIo io, string text, object json)
    {
        if (io.Json)
        {
            CliJson.Write(io.Output, json);
        }
        else
        {
            io.Output.WriteLine(text);
        }
    }
}
