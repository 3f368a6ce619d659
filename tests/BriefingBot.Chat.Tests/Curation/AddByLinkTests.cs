using BriefingBot.Chat.Rendering;
using BriefingBot.Testing.Network;

namespace BriefingBot.Chat.Tests.Curation;

/// <summary>A moderator adds a link: fetched by the real guarded fetcher (loopback allowed for the test server), previewed, published, asked about.</summary>
public sealed class AddByLinkTests() : LinkedArticleBed(allowLoopback: true)
{
    [Fact]
    public async Task A_linked_page_becomes_a_preview_with_its_headline_outlet_byline_and_quotes_with_speakers()
    {
        await using var server = await ServeArticle();

        var reply = await Moderator($"/add {server.BaseUrl}/story");

        var text = PlainTextRenderer.Render(reply);
        reply.IsError.ShouldBeFalse(text);
        text.ShouldContain(Headline);
        text.ShouldContain("Riverside Courier");
        text.ShouldContain("by Jonas Weber");
        text.ShouldContain("Sunday opening gives working families a quiet place to read together");
        text.ShouldContain("Clara Okafor");
        text.ShouldContain("The grant covers the Sunday staff for three years");
        text.ShouldContain("Henrik Dahl");
        reply.Buttons.Select(b => b.Label).ShouldBe(["Publish", "Discard"]);
        Store.PendingPreviews().Single().Article.Url.ShouldBe($"{server.BaseUrl}/story");
        server.Requests.ShouldBe(["/story"]);
    }

    [Fact]
    public async Task A_linked_article_is_not_found_by_ask_before_it_is_published()
    {
        await using var server = await ServeArticle();

        await Moderator($"/add {server.BaseUrl}/story");

        (await Ask("what did Okafor say about Sunday opening")).ShouldNotContain(e => e.Text.Contains("Sunday opening"));
    }

    [Fact]
    public async Task Pressing_publish_on_a_linked_preview_makes_ask_find_its_quotes_with_their_speakers()
    {
        await using var server = await ServeArticle();
        var added = await Moderator($"/add {server.BaseUrl}/story");

        var pressed = await Handle(ChatRequests.Press(added.Buttons[0].Payload) with { IsModerator = true });

        PlainTextRenderer.Render(pressed).ShouldStartWith("Published preview");
        (await Ask("what did Clara Okafor say about Sunday opening"))
            .ShouldContain(e => e.Speaker == "Clara Okafor" && e.Text.Contains("quiet place to read together"));
        (await Ask("what did Henrik Dahl say about the grant"))
            .ShouldContain(e => e.Speaker == "Henrik Dahl" && e.Text.Contains("covers the Sunday staff"));
    }

    [Fact]
    public async Task Publishing_a_linked_preview_by_its_id_makes_ask_find_its_quotes()
    {
        await using var server = await ServeArticle();
        await Moderator($"/add {server.BaseUrl}/story");

        var published = await Moderator($"/publish {Store.PendingPreviews().Single().Id}");

        published.IsError.ShouldBeFalse(PlainTextRenderer.Render(published));
        (await Ask("what did Clara Okafor say about Sunday opening"))
            .ShouldContain(e => e.Speaker == "Clara Okafor" && e.Text.Contains("quiet place to read together"));
    }

    [Fact]
    public async Task The_same_link_added_again_after_publishing_is_offered_as_an_update_of_the_stored_article()
    {
        await using var server = await ServeArticle();
        await Moderator($"/add {server.BaseUrl}/story");
        await Moderator($"/publish {Store.PendingPreviews().Single().Id}");
        var articles = Store.ArticleCount;

        var again = PlainTextRenderer.Render(await Moderator($"/add {server.BaseUrl}/story"));
        var published = PlainTextRenderer.Render(await Moderator($"/publish {Store.PendingPreviews().Single().Id}"));

        again.ShouldContain("has the same link or text: publishing updates it");
        published.ShouldContain("(updated)");
        Store.ArticleCount.ShouldBe(articles);
        (await Ask("what did Clara Okafor say about Sunday opening")).Count(e => e.Text.Contains("quiet place to read together")).ShouldBe(1);
    }

    [Theory]
    [InlineData("http://10.0.0.1/story")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    public async Task A_link_that_redirects_to_a_private_address_is_refused_before_the_target_is_contacted(string target)
    {
        await using var server = await ServeArticle(("/moved", TestWebServer.RedirectTo(target)));

        var reply = await Moderator($"/add {server.BaseUrl}/moved");

        // The refusal names the address rule, not a failed or timed-out connection: the target was never dialled.
        reply.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldEndWith("(rule: private-address)");
        server.Requests.ShouldBe(["/moved"]);
        Store.PendingPreviews().ShouldBeEmpty();
        Store.LatestAudit(10).ShouldBeEmpty();
    }
}
