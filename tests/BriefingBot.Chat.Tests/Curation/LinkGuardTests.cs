using BriefingBot.Chat.Rendering;

namespace BriefingBot.Chat.Tests.Curation;

/// <summary>With the default configuration (no loopback allowance) the real fetcher refuses links into the host's own network.</summary>
public sealed class LinkGuardTests() : LinkedArticleBed(allowLoopback: false)
{
    [Theory]
    [InlineData("http://127.0.0.1:{port}/story")]
    [InlineData("http://[::1]:{port}/story")]
    [InlineData("http://localhost:{port}/story")]
    [InlineData("http://10.0.0.1/story")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    public async Task A_link_to_a_private_loopback_or_metadata_address_is_refused_naming_the_rule_and_nothing_is_fetched(string link)
    {
        await using var server = await ServeArticle();
        var articles = Store.ArticleCount;

        var reply = await Moderator("/add " + link.Replace("{port}", new Uri(server.BaseUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var text = PlainTextRenderer.Render(reply);
        reply.IsError.ShouldBeTrue();
        text.ShouldStartWith("I could not add that link:");
        text.ShouldEndWith("(rule: private-address)");
        text.Length.ShouldBeLessThan(250);
        server.Requests.ShouldBeEmpty();
        Store.PendingPreviews().ShouldBeEmpty();
        Store.ArticleCount.ShouldBe(articles);
        Store.LatestAudit(10).ShouldBeEmpty();
    }
}
