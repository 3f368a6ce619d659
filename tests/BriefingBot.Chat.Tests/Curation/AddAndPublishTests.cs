using BriefingBot.Chat.Rendering;
using BriefingBot.Core.Curation;

namespace BriefingBot.Chat.Tests.Curation;

public sealed class AddAndPublishTests : CurationBed
{
    [Fact]
    public async Task A_moderator_adding_text_gets_a_preview_with_the_quotes_and_their_speakers()
    {
        var reply = await Moderator("/add " + FerryArticle);

        var text = PlainTextRenderer.Render(reply);
        reply.IsError.ShouldBeFalse(text);
        text.ShouldContain("Harbour council delays its decision on ferry fares");
        text.ShouldContain("We will not raise ferry fares before the summer timetable is settled");
        text.ShouldContain("Maria Lindqvist");
        reply.Buttons.Select(b => b.Label).ShouldBe(["Publish", "Discard"]);
        reply.Buttons.ShouldAllBe(b => b.Payload.Length <= 64);
    }

    [Fact]
    public async Task A_preview_is_not_searchable_until_it_is_published()
    {
        var id = await AddFerryPreview();

        (await Ask("what did Lindqvist say about ferry fares")).ShouldBeEmpty();

        var published = await Moderator($"/publish {id}");

        published.IsError.ShouldBeFalse(PlainTextRenderer.Render(published));
        var found = await Ask("what did Lindqvist say about ferry fares");
        found.ShouldContain(e => e.Speaker == "Maria Lindqvist" && e.Text.Contains("summer timetable"));
    }

    [Fact]
    public async Task The_publish_button_publishes_the_preview()
    {
        var added = await Moderator("/add " + FerryArticle);

        var pressed = await Handle(ChatRequests.Press(added.Buttons[0].Payload) with { IsModerator = true });

        PlainTextRenderer.Render(pressed).ShouldStartWith("Published preview");
        (await Ask("what did Lindqvist say about ferry fares")).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_discard_button_drops_the_preview()
    {
        var added = await Moderator("/add " + FerryArticle);

        var pressed = await Handle(ChatRequests.Press(added.Buttons[1].Payload) with { IsModerator = true });

        PlainTextRenderer.Render(pressed).ShouldStartWith("Discarded preview");
        Store.PendingPreviews().ShouldBeEmpty();
        (await Moderator($"/publish {Store.GetPreview(1)!.Id}")).IsError.ShouldBeTrue();
    }

    [Fact]
    public async Task A_button_pressed_by_someone_who_does_not_moderate_changes_nothing()
    {
        var added = await Moderator("/add " + FerryArticle);

        var pressed = await Handle(ChatRequests.Press(added.Buttons[0].Payload));

        pressed.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(pressed).ShouldBe("Only moderators can use /publish.");
        Store.PendingPreviews().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Adding_the_replied_to_message_makes_a_preview_of_it()
    {
        var reply = await Handle(ChatRequests.Moderator("/add") with { RepliedText = FerryArticle });

        reply.IsError.ShouldBeFalse(PlainTextRenderer.Render(reply));
        Store.PendingPreviews().Single().Article.Title.ShouldBe("Harbour council delays its decision on ferry fares");
    }

    [Fact]
    public async Task Add_with_nothing_to_add_says_how_to_use_it()
    {
        var reply = await Moderator("/add");

        reply.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldContain("Paste the article after /add");
    }

    [Fact]
    public async Task An_article_with_no_quotes_is_kept_and_the_preview_says_none_were_found()
    {
        var preview = await Moderator("/add " + QuietArticle);
        PlainTextRenderer.Render(preview).ShouldContain("No quotes were found");

        var published = PlainTextRenderer.Render(await Moderator($"/publish {Store.PendingPreviews()[0].Id}"));

        published.ShouldContain("with 0 quotes");
        var article = Store.ListArticles().Single(a => a.Title == "Lighthouse museum reopens after repairs");
        (await Moderator($"/summary {article.Id} The lighthouse museum is open again after its roof was mended.")).IsError.ShouldBeFalse();
        Store.GetArticle(article.Id)!.Summary.ShouldBe("The lighthouse museum is open again after its roof was mended.");
    }

    [Fact]
    public async Task Publishing_a_preview_that_does_not_exist_says_so()
    {
        var reply = await Moderator("/publish 99");

        reply.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldBe("There is no preview 99.");
    }

    [Fact]
    public async Task An_expired_preview_cannot_be_published()
    {
        var id = await AddFerryPreview();
        Bed.Time.Advance(TimeSpan.FromHours(25));

        var reply = await Moderator($"/publish {id}");

        reply.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldBe($"Preview {id} has expired. Add the article again.");
        (await Ask("what did Lindqvist say about ferry fares")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Of_two_moderators_publishing_the_same_preview_at_once_one_wins_and_the_other_is_told()
    {
        var id = await AddFerryPreview();
        var articlesBefore = Store.ArticleCount;

        var replies = await Task.WhenAll(
            Task.Run(() => Handle(ChatRequests.Moderator($"/publish {id}", "1", "Ann"))),
            Task.Run(() => Handle(ChatRequests.Moderator($"/publish {id}", "2", "Bob"))));

        replies.Count(r => !r.IsError).ShouldBe(1);
        var loser = replies.Single(r => r.IsError);
        PlainTextRenderer.Render(loser).ShouldContain($"Preview {id} was already published by");
        Store.ArticleCount.ShouldBe(articlesBefore + 1);
        Store.LatestAudit(10).Count(e => e.Action == CurationAction.Publish).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_text_added_again_is_offered_as_an_update_of_the_stored_article()
    {
        await Moderator($"/publish {await AddFerryPreview()}");
        var articles = Store.ArticleCount;

        var again = PlainTextRenderer.Render(await Moderator("/add " + FerryArticle));
        var published = PlainTextRenderer.Render(await Moderator($"/publish {Store.PendingPreviews()[0].Id}"));

        again.ShouldContain("has the same link or text: publishing updates it");
        published.ShouldContain("(updated)");
        Store.ArticleCount.ShouldBe(articles);
    }

    [Fact]
    public async Task Review_lists_the_previews_waiting_and_not_the_published_ones()
    {
        var waiting = await AddFerryPreview();
        await Moderator("/add " + QuietArticle);
        await Moderator($"/publish {Store.PendingPreviews()[^1].Id}");

        var text = PlainTextRenderer.Render(await Moderator("/review"));

        text.ShouldContain($"Preview {waiting}: Harbour council delays its decision on ferry fares");
        text.ShouldNotContain("Lighthouse museum");
    }
}
