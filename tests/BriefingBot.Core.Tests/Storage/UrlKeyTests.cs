using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Tests.Storage;

public sealed class UrlKeyTests
{
    [Theory]
    [InlineData("https://Example.ORG/News/Item/", "example.org/News/Item")]
    [InlineData("http://example.org/News/Item#top", "example.org/News/Item")]
    [InlineData("https://example.org:8443/a?id=3", "example.org:8443/a?id=3")]
    [InlineData("  https://example.org  ", "example.org")]
    [InlineData("articles/local-copy.html#p2", "articles/local-copy.html")]
    public void Urls_are_normalised_to_a_match_key(string url, string key)
    {
        UrlKey.Normalise(url).ShouldBe(key);
    }

    [Fact]
    public void No_url_has_no_key()
    {
        UrlKey.Normalise("  ").ShouldBeNull();
    }

    [Fact]
    public void A_very_long_url_gets_a_short_stable_key()
    {
        var url = "https://example.org/search?q=" + new string('x', 3000);

        var key = UrlKey.Normalise(url)!;

        key.Length.ShouldBeLessThan(100);
        UrlKey.Normalise(url.Replace("https:", "http:", StringComparison.Ordinal) + "#frag").ShouldBe(key);
    }
}
