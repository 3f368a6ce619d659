using BriefingBot.Core.Ingestion;

namespace BriefingBot.Core.Tests.Ingestion;

public sealed class ArticleMetadataReaderTests
{
    private static (ArticleMetadata Metadata, IReadOnlySet<int> Consumed) Read(params string[] lines) =>
        ArticleMetadataReader.Read(lines.Select((text, i) => new SourceLine(text, i)).ToList());

    [Fact]
    public void Original_url_on_the_next_line_in_angle_brackets_gives_url_and_known_outlet()
    {
        var (metadata, consumed) = Read("The harbour reopened.", "Original url:", "<https://www.themoscowtimes.com/2022/06/07/harbour-a1>");

        metadata.Url.ShouldBe("https://www.themoscowtimes.com/2022/06/07/harbour-a1");
        metadata.Outlet.ShouldBe("The Moscow Times");
        consumed.ShouldBe([1, 2], ignoreOrder: true);
    }

    [Fact]
    public void Date_in_the_url_path_is_used_when_no_date_line()
    {
        var (metadata, _) = Read("URL: https://www.themoscowtimes.com/2022/06/07/harbour-a1");

        metadata.PublishedAt.ShouldBe(new DateTimeOffset(2022, 6, 7, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Source_line_with_unknown_host_gives_host_without_www()
    {
        var (metadata, _) = Read("Source: https://www.harbour-news.example/story/1");

        metadata.Url.ShouldBe("https://www.harbour-news.example/story/1");
        metadata.Outlet.ShouldBe("harbour-news.example");
    }

    [Fact]
    public void Source_line_with_link_shortener_gives_url_but_no_outlet()
    {
        var (metadata, _) = Read("Source: https://bit.ly/abc123");

        metadata.Url.ShouldBe("https://bit.ly/abc123");
        metadata.Outlet.ShouldBeNull();
    }

    [Fact]
    public void Bare_date_line_is_consumed_as_the_date()
    {
        var (metadata, consumed) = Read("7 Jun, 2022 09:45", "The harbour reopened.");

        metadata.PublishedAt.ShouldBe(new DateTimeOffset(2022, 6, 7, 9, 45, 0, TimeSpan.Zero));
        consumed.ShouldBe([0]);
    }

    [Fact]
    public void Agency_byline_gives_outlet_and_no_author()
    {
        var (metadata, consumed) = Read("By AFP", "The harbour reopened.");

        metadata.Outlet.ShouldBe("AFP");
        metadata.Author.ShouldBeNull();
        consumed.ShouldBe([0]);
    }

    [Fact]
    public void Person_byline_gives_author()
    {
        var (metadata, _) = Read("By Jane Roe", "The harbour reopened.");

        metadata.Author.ShouldBe("Jane Roe");
    }

    [Fact]
    public void Agency_in_a_dateline_gives_outlet()
    {
        var (metadata, consumed) = Read("LISBON (Reuters) - The harbour reopened on Monday.");

        metadata.Outlet.ShouldBe("Reuters");
        consumed.ShouldBeEmpty();
    }

    [Fact]
    public void Agency_at_the_end_of_a_paragraph_gives_outlet()
    {
        var (metadata, _) = Read("The harbour reopened on Monday after a year of repairs — AFP");

        metadata.Outlet.ShouldBe("AFP");
    }

    [Fact]
    public void Known_publication_in_the_source_url_wins_over_an_agency_byline()
    {
        var (metadata, _) = Read("By AFP", "The harbour reopened.", "Original url: https://www.themoscowtimes.com/2022/06/07/harbour-a1");

        metadata.Outlet.ShouldBe("The Moscow Times");
    }

    [Fact]
    public void Agency_byline_wins_over_an_unknown_source_host()
    {
        var (metadata, _) = Read("By Reuters", "The harbour reopened.", "Source: https://harbour-news.example/story/1");

        metadata.Outlet.ShouldBe("Reuters");
    }

    [Fact]
    public void Also_on_link_gives_outlet_when_nothing_better()
    {
        var (metadata, _) = Read("The harbour reopened.", "Also on rt.com Ministers argue over the harbour");

        metadata.Outlet.ShouldBe("RT");
    }

    [Fact]
    public void Byline_outlet_wins_over_also_on_link()
    {
        var (metadata, _) = Read("By AFP", "Also on rt.com Ministers argue over the harbour");

        metadata.Outlet.ShouldBe("AFP");
    }

    [Fact]
    public void Nothing_found_gives_nulls()
    {
        var (metadata, consumed) = Read("The harbour reopened on Monday.");

        metadata.ShouldBe(new ArticleMetadata(null, null, null, null));
        consumed.ShouldBeEmpty();
    }

    [Fact]
    public void A_source_line_names_the_outlet_though_the_url_line_comes_first()
    {
        var (metadata, _) = Read("URL: https://www.harbourgazette.example/news/harbour-reopens", "Source: Harbour Gazette", "The harbour reopened.");

        metadata.Outlet.ShouldBe("Harbour Gazette");
    }

    [Fact]
    public void A_url_alone_still_gives_its_host_as_the_outlet()
    {
        var (metadata, _) = Read("URL: https://www.harbourgazette.example/news/harbour-reopens", "The harbour reopened.");

        metadata.Outlet.ShouldBe("harbourgazette.example");
    }
}
