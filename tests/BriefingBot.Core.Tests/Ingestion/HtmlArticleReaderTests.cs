using BriefingBot.Core.Ingestion;

namespace BriefingBot.Core.Tests.Ingestion;

public sealed class HtmlArticleReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html>
        <head>
          <title>Harbour reopens after repairs | Example Daily</title>
          <link rel="canonical" href="https://daily.example/2022/06/07/harbour-reopens">
          <meta property="og:site_name" content="Example Daily">
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>
          <article>
            <h1>Harbour reopens after repairs</h1>
            <p class="byline">By Jane Roe</p>
            <p>The harbour reopened on Monday after a year of repairs, the port authority said.</p>
            <figure><img src="quay.jpg" alt=""><figcaption>Cranes at the new quay at dawn.</figcaption></figure>
            <p>“We’re ready — finally,” the harbour master told reporters, as the first ships came in and tugboats sounded their horns.</p>
            <p>Repairs cost more than twelve million euros, twice the first estimate, and were paid for by the regional government and by a loan.</p>
            <p>Fishermen, who had moored at a neighbouring port for the whole year, said they were glad to be back and hoped the fees would stay low.</p>
          </article>
          <footer><a href="#">Share on Twitter</a> <a href="#">Share on Facebook</a> © 2022 Example Daily</footer>
        </body>
        </html>
        """;

    private static readonly ParsedArticle Article = new ArticleReader().Read(Page, ArticleFormat.Html);

    [Fact]
    public void Paragraphs_are_kept_verbatim()
    {
        Article.Body.ShouldContain("The harbour reopened on Monday after a year of repairs, the port authority said.");
        Article.Body.ShouldContain("“We’re ready — finally,” the harbour master told reporters");
        Article.Body.ShouldContain("Fishermen, who had moored at a neighbouring port");
    }

    [Fact]
    public void Paragraphs_are_separated_by_blank_lines() =>
        Article.Body.Split("\n\n").ShouldContain("Repairs cost more than twelve million euros, twice the first estimate, and were paid for by the regional government and by a loan.");

    [Fact]
    public void Navigation_is_removed() => Article.Body.ShouldNotContain("Sport");

    [Fact]
    public void Footer_share_links_are_removed() => Article.Body.ShouldNotContain("Share on");

    [Fact]
    public void Figure_caption_is_removed() => Article.Body.ShouldNotContain("Cranes at the new quay");

    [Fact]
    public void Title_comes_from_the_page_and_is_not_in_the_body()
    {
        Article.Title.ShouldStartWith("Harbour reopens after repairs");
        Article.Body.ShouldNotContain("Harbour reopens after repairs");
    }

    [Fact]
    public void Canonical_url_and_its_date_are_found()
    {
        Article.Url.ShouldBe("https://daily.example/2022/06/07/harbour-reopens");
        Article.PublishedAt.ShouldBe(new DateTimeOffset(2022, 6, 7, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Outlet_comes_from_the_site_name() => Article.Outlet.ShouldBe("Example Daily");

    [Fact]
    public void Author_comes_from_the_byline() => Article.Author.ShouldBe("Jane Roe");

    [Fact]
    public void Paragraphs_come_from_block_elements()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<div>One <b>bold</b> line<p>Second</p>Third<br>Fourth</div>");

        HtmlArticleReader.Paragraphs(document.Body!).ShouldBe(["One bold line", "Second", "Third", "Fourth"]);
    }
}
