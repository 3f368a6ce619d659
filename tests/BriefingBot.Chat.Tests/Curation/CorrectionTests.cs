using BriefingBot.Chat.Rendering;
using BriefingBot.Core.Curation;

namespace BriefingBot.Chat.Tests.Curation;

public sealed class CorrectionTests : CurationBed
{
    [Fact]
    public async Task Editing_a_quotes_speaker_changes_what_ask_answers()
    {
        await Moderator($"/publish {await AddFerryPreview()}");
        var quote = (await Ask("what did Lindqvist say about the summer timetable")).First();
        var id = Store.QuotesOfSpeaker(Bed.Test.Library.Speakers.FindByName("Maria Lindqvist")!.Id).First(q => q.Text.Contains("summer timetable")).Id;

        var reply = await Moderator($"/quote speaker {id} Tomas Berg");

        reply.IsError.ShouldBeFalse(PlainTextRenderer.Render(reply));
        quote.Speaker.ShouldBe("Maria Lindqvist");
        (await Ask("what did Tomas Berg say about the summer timetable")).ShouldContain(e => e.Speaker == "Tomas Berg" && e.Text.Contains("summer timetable"));
    }

    [Fact]
    public async Task Editing_a_speaker_in_the_preview_is_what_gets_published()
    {
        var id = await AddFerryPreview();
        var number = Store.GetPreview(id)!.Quotes.First(q => q.Quote.Text.Contains("summer timetable")).Number;

        (await Moderator($"/quote speaker {id}.{number} Tomas Berg")).IsError.ShouldBeFalse();
        await Moderator($"/publish {id}");

        (await Ask("what did Tomas Berg say about the summer timetable")).ShouldContain(e => e.Speaker == "Tomas Berg");
    }

    [Fact]
    public async Task A_removed_quote_leaves_the_answers_and_restore_brings_it_back()
    {
        await Moderator($"/publish {await AddFerryPreview()}");
        var quote = Store.AllQuotes().First(q => q.Text.Contains("summer timetable"));

        (await Moderator($"/quote remove {quote.Id}")).IsError.ShouldBeFalse();
        (await Ask("what did Lindqvist say about the summer timetable")).ShouldNotContain(e => e.Text.Contains("summer timetable"));

        (await Moderator($"/restore {quote.Id}")).IsError.ShouldBeFalse();
        (await Ask("what did Lindqvist say about the summer timetable")).ShouldContain(e => e.Text.Contains("summer timetable"));
        Store.GetQuote(quote.Id)!.Text.ShouldBe(quote.Text);
    }

    [Fact]
    public async Task A_quotes_text_can_be_corrected_to_other_words_of_the_article_only()
    {
        await Moderator($"/publish {await AddFerryPreview()}");
        var quote = Store.AllQuotes().First(q => q.Text.Contains("summer timetable"));

        var refused = await Moderator($"/quote text {quote.Id} We will double the fares tomorrow");
        var corrected = await Moderator($"/quote text {quote.Id} We will not raise ferry fares");

        refused.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(refused).ShouldContain("not in the article");
        corrected.IsError.ShouldBeFalse(PlainTextRenderer.Render(corrected));
        Store.GetQuote(quote.Id)!.Text.ShouldBe("We will not raise ferry fares");
    }

    [Fact]
    public async Task A_quote_removed_from_a_preview_is_not_published_unless_restored()
    {
        var id = await AddFerryPreview();
        var quotes = Store.GetPreview(id)!.Quotes;
        var kept = quotes.First(q => q.Quote.Text.Contains("summer timetable")).Number;
        var dropped = quotes.First(q => q.Quote.Text.Contains("two more weeks")).Number;

        (await Moderator($"/quote remove {id}.{kept}")).IsError.ShouldBeFalse();
        (await Moderator($"/quote remove {id}.{dropped}")).IsError.ShouldBeFalse();
        (await Moderator($"/restore {id}.{kept}")).IsError.ShouldBeFalse();
        await Moderator($"/publish {id}");

        (await Ask("what did Lindqvist say about the summer timetable")).ShouldContain(e => e.Text.Contains("summer timetable"));
        (await Ask("what did Lindqvist say about the figures")).ShouldNotContain(e => e.Text.Contains("two more weeks"));
    }

    [Fact]
    public async Task Review_lists_a_quote_with_an_unsure_speaker_until_a_moderator_names_one()
    {
        Bed.Test.AddArticle("Market stalls return to the square", Testing.Chat.ChatTestBed.March.AddDays(5), ("The stalls will stay open until the end of October this year", null));
        var quote = Store.AllQuotes().Single(q => q.Text.StartsWith("The stalls", StringComparison.Ordinal));

        var before = PlainTextRenderer.Render(await Moderator("/review"));
        await Moderator($"/quote speaker {quote.Id} Maria Lindqvist");
        var after = PlainTextRenderer.Render(await Moderator("/review"));

        before.ShouldContain($"Quote {quote.Id} “The stalls will stay open");
        after.ShouldNotContain($"Quote {quote.Id}");
    }

    [Fact]
    public async Task A_quote_that_does_not_exist_is_named_in_the_reply()
    {
        var reply = await Moderator("/quote remove 999");

        reply.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldBe("There is no quote 999.");
    }

    [Fact]
    public async Task A_summary_is_shown_with_the_articles_citation_in_answers()
    {
        var article = Store.ListArticles().Single(a => a.Title == "Kremlin says bans are a last resort");

        (await Moderator($"/summary {article.Id} The Kremlin calls bans on foreign platforms a last resort.")).IsError.ShouldBeFalse();

        var reply = await Handle(ChatRequests.Message("/brief platform bans"));
        reply.Blocks.OfType<SummaryBlock>().ShouldContain(s => s.Text == "The Kremlin calls bans on foreign platforms a last resort." && s.Citation.ArticleId == article.Id);
    }

    [Fact]
    public async Task A_speaker_alias_finds_the_speakers_quotes()
    {
        (await Moderator("/speaker alias Dmitry Peskov the press secretary Dima")).IsError.ShouldBeFalse();

        Bed.Test.Library.Speakers.FindByName("the press secretary Dima")!.Name.ShouldBe("Dmitry Peskov");
    }

    [Fact]
    public async Task Merging_two_speakers_gives_one_the_others_quotes()
    {
        await Moderator($"/publish {await AddFerryPreview()}");

        var reply = await Moderator("/speaker merge Maria Lindqvist | Sergey Lavrov");

        reply.IsError.ShouldBeFalse(PlainTextRenderer.Render(reply));
        Bed.Test.Library.Speakers.FindByName("Maria Lindqvist")!.Name.ShouldBe("Sergey Lavrov");
        (await Ask("what did Lavrov say about ferry fares")).ShouldContain(e => e.Speaker == "Sergey Lavrov" && e.Text.Contains("ferry fares"));
    }

    [Fact]
    public async Task A_speaker_role_is_stored()
    {
        (await Moderator("/speaker role Sergey Lavrov chief treaty negotiator")).IsError.ShouldBeFalse();

        Store.AllSpeakers().Single(s => s.Name == "Sergey Lavrov").Roles.ShouldContain("chief treaty negotiator");
    }

    [Fact]
    public async Task An_unknown_speaker_is_refused()
    {
        var reply = await Moderator("/speaker role Nobody Known Here chair");

        reply.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldContain("I don't know a speaker");
    }

    [Fact]
    public async Task The_audit_log_shows_each_step_with_who_made_it()
    {
        var id = await AddFerryPreview();
        await Moderator($"/publish {id}");
        var quote = Store.AllQuotes().First(q => q.Text.Contains("summer timetable"));
        await Moderator($"/quote speaker {quote.Id} Tomas Berg");
        await Moderator($"/quote remove {quote.Id}");
        await Moderator($"/restore {quote.Id}");

        var reply = await Moderator("/audit");

        var lines = reply.Blocks.OfType<ItemBlock>().Select(i => i.Label).ToList();
        lines.Count.ShouldBe(5);
        lines[0].ShouldContain($"Tess (test): QuoteRestore quote {quote.Id}");
        lines[1].ShouldContain($"QuoteRemove quote {quote.Id}");
        lines[2].ShouldContain($"QuoteSpeaker quote {quote.Id}");
        lines[3].ShouldContain($"Publish preview {id}");
        lines[4].ShouldContain($"Add preview {id}");
        reply.Blocks.OfType<ItemBlock>().ElementAt(2).Detail.ShouldBe("Maria Lindqvist → Tomas Berg");
        Store.LatestAudit(1)[0].UserId.ShouldBe("7");
    }

    [Fact]
    public async Task A_failure_between_the_change_and_its_audit_entry_leaves_neither()
    {
        var article = Store.ListArticles()[0];
        Store.OnWriteStep = step =>
        {
            if (step == "audit")
            {
                throw new IOException("the disk went away");
            }
        };

        var reply = await Moderator($"/summary {article.Id} A summary that must not be kept.");

        Store.OnWriteStep = null;
        reply.IsError.ShouldBeTrue();
        Store.GetArticle(article.Id)!.Summary.ShouldBe(article.Summary);
        Store.LatestAudit(10).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_removal_that_fails_at_its_audit_entry_keeps_the_quote_in_the_answers()
    {
        var quote = Store.AllQuotes().First(q => q.Text.Contains("last resort"));
        Store.OnWriteStep = step => _ = step == "audit" ? throw new IOException("the disk went away") : 0;

        var reply = await Moderator($"/quote remove {quote.Id}");

        Store.OnWriteStep = null;
        reply.IsError.ShouldBeTrue();
        Store.GetQuote(quote.Id).ShouldNotBeNull();
        Store.GetRemovedQuote(quote.Id).ShouldBeNull();
        (await Ask("what did Peskov say about a last resort")).ShouldContain(e => e.Text.Contains("last resort"));
        Store.LatestAudit(10).ShouldNotContain(e => e.Action == CurationAction.QuoteRemove);
    }

    [Fact]
    public async Task Someone_who_does_not_moderate_cannot_set_a_summary_and_nothing_changes()
    {
        var article = Store.ListArticles()[0];

        var reply = await Handle(ChatRequests.Message($"/summary {article.Id} Not for you to say."));

        reply.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldBe("Only moderators can use /summary.");
        Store.GetArticle(article.Id)!.Summary.ShouldBe(article.Summary);
        Store.LatestAudit(10).ShouldBeEmpty();
    }

    [Fact]
    public async Task Someone_who_does_not_moderate_cannot_add_and_nothing_is_stored()
    {
        var reply = await Handle(ChatRequests.Message("/add " + FerryArticle));

        reply.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldBe("Only moderators can use /add.");
        Store.PendingPreviews().ShouldBeEmpty();
        Store.LatestAudit(10).ShouldBeEmpty();
    }

    [Fact]
    public async Task Moderator_commands_are_listed_for_moderators_and_not_for_everyone()
    {
        var catalog = Bed.Dispatcher.Catalog;

        catalog.ForModerators.Select(c => c.Name).ShouldBe(["add", "publish", "discard", "summary", "quote", "restore", "speaker", "audit", "review"]);
        catalog.Visible.ShouldNotContain(c => c.Permission == BriefingBot.Chat.Catalog.ChatPermission.Moderator);
    }
}
