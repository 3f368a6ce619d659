using BriefingBot.Core.Ingestion;
using BriefingBot.Testing.Seeds;

namespace BriefingBot.Core.Tests.Ingestion;

public sealed class SeedArticlesTests
{
    private static readonly string[] JunkMarkers =
        ["icon bookmark", "Also on rt.com", "subscribe", "Read Time", "share it with a friend", "donation"];

    private static async Task<Dictionary<string, ParsedArticle>> ReadAll(SeedCorpus seeds)
    {
        var reader = new ArticleReader();
        var articles = new Dictionary<string, ParsedArticle>();
        foreach (var file in seeds.ArticleFiles)
        {
            articles[Path.GetFileName(file)] = await reader.ReadFileAsync(file, TestContext.Current.CancellationToken);
        }

        return articles;
    }

    private static IEnumerable<(string Name, string Text)> Raw(SeedCorpus seeds) =>
        seeds.ArticleFiles.Select(f => (Path.GetFileName(f), File.ReadAllText(f)));

    [Fact]
    public async Task Seed_articles_lose_their_page_junk_keep_their_quotes_and_give_their_metadata()
    {
        var seeds = SeedCorpus.RequireOrSkip();
        var articles = await ReadAll(seeds);

        foreach (var (name, article) in articles)
        {
            var lines = (article.Title + "\n" + article.Body).Split('\n');
            foreach (var marker in JunkMarkers)
            {
                lines.ShouldNotContain(l => l.Contains(marker, StringComparison.OrdinalIgnoreCase), $"{name} keeps a line with \"{marker}\"");
            }
        }

        var withOriginalUrl = Raw(seeds).Single(s => s.Text.Contains("Original url:", StringComparison.Ordinal)).Name;
        articles[withOriginalUrl].Url.ShouldNotBeNull().ShouldContain("themoscowtimes.com");
        articles[withOriginalUrl].Outlet.ShouldBe("The Moscow Times");

        var withShortDate = Raw(seeds).Single(s => s.Text.Contains("4 Mar, 2021 14:16", StringComparison.Ordinal)).Name;
        articles[withShortDate].PublishedAt.ShouldBe(new DateTimeOffset(2021, 3, 4, 14, 16, 0, TimeSpan.Zero));

        // The AFP byline is read as an outlet, but in the seeds it sits in the article that The Moscow Times
        // republished (the "Original url:" one), and the publication of the article's own URL wins.
        var fromAfp = Raw(seeds).Single(s => s.Text.Contains("By [AFP]", StringComparison.Ordinal)).Name;
        articles[fromAfp].Outlet.ShouldBe(fromAfp == withOriginalUrl ? "The Moscow Times" : "AFP");

        foreach (var quote in seeds.GoldQuotes())
        {
            var article = articles[quote.Article];
            var opening = quote.Quote[..Math.Min(30, quote.Quote.Length)];
            (article.Title + "\n" + article.Body).ShouldContain(opening, Case.Sensitive, $"{quote.Article} lost a quote opening \"{opening}\"");
        }
    }
}
