using System.Text;
using BriefingBot.Core.Ingestion;

namespace BriefingBot.Core.Tests.Ingestion;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ingest-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void ShouldBeOneLine(IngestException e)
    {
        e.Message.ShouldNotBeNullOrWhiteSpace();
        e.Message.ShouldNotContain('\n');
    }

    [Theory]
    [InlineData("story.html", ArticleFormat.Html)]
    [InlineData("story.HTM", ArticleFormat.Html)]
    [InlineData("story.md", ArticleFormat.Markdown)]
    [InlineData("story.markdown", ArticleFormat.Markdown)]
    [InlineData("story.txt", ArticleFormat.Text)]
    [InlineData("story", ArticleFormat.Text)]
    public void Format_follows_the_extension(string path, ArticleFormat format) =>
        ArticleReader.FormatOf(path).ShouldBe(format);

    [Fact]
    public async Task Missing_file_is_refused()
    {
        var e = await Should.ThrowAsync<IngestException>(() =>
            new ArticleReader().ReadFileAsync(Path.Combine(_directory, "absent.txt"), TestContext.Current.CancellationToken));

        ShouldBeOneLine(e);
        e.Message.ShouldContain("not found");
    }

    [Fact]
    public async Task Empty_file_is_refused()
    {
        var path = WriteFile("empty.txt", []);

        var e = await Should.ThrowAsync<IngestException>(() => new ArticleReader().ReadFileAsync(path, TestContext.Current.CancellationToken));

        ShouldBeOneLine(e);
        e.Message.ShouldContain("empty");
    }

    [Fact]
    public async Task Whitespace_only_file_is_refused()
    {
        var path = WriteFile("blank.txt", Encoding.UTF8.GetBytes(" \n\t\r\n  \n"));

        var e = await Should.ThrowAsync<IngestException>(() => new ArticleReader().ReadFileAsync(path, TestContext.Current.CancellationToken));

        ShouldBeOneLine(e);
        e.Message.ShouldContain("whitespace");
    }

    [Fact]
    public async Task File_with_nul_bytes_is_refused_as_binary()
    {
        var path = WriteFile("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x41, 0x42]);

        var e = await Should.ThrowAsync<IngestException>(() => new ArticleReader().ReadFileAsync(path, TestContext.Current.CancellationToken));

        ShouldBeOneLine(e);
        e.Message.ShouldContain("binary");
    }

    [Fact]
    public async Task File_of_mostly_invalid_utf8_is_refused_as_binary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(0x80 + (i % 0x40))).ToArray();
        var path = WriteFile("noise.txt", bytes);

        var e = await Should.ThrowAsync<IngestException>(() => new ArticleReader().ReadFileAsync(path, TestContext.Current.CancellationToken));

        e.Message.ShouldContain("binary");
    }

    [Fact]
    public async Task File_one_byte_over_the_limit_is_refused()
    {
        var reader = new ArticleReader(new IngestionOptions { MaxArticleBytes = 1024 });
        var path = WriteFile("big.txt", Encoding.UTF8.GetBytes(new string('a', 1025)));

        var e = await Should.ThrowAsync<IngestException>(() => reader.ReadFileAsync(path, TestContext.Current.CancellationToken));

        ShouldBeOneLine(e);
        e.Message.ShouldContain("1 KB");
    }

    [Fact]
    public async Task Huge_file_is_refused_from_its_length_without_reading_it()
    {
        var path = Path.Combine(_directory, "huge.txt");
        await using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        await Should.ThrowAsync<IngestException>(() => new ArticleReader().ReadFileAsync(path, TestContext.Current.CancellationToken));

        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Stream_over_the_limit_is_refused()
    {
        var reader = new ArticleReader(new IngestionOptions { MaxArticleBytes = 1024 });
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(new string('a', 5000)));

        var e = await Should.ThrowAsync<IngestException>(() => reader.ReadStreamAsync(input, ArticleFormat.Text, TestContext.Current.CancellationToken));

        ShouldBeOneLine(e);
    }

    [Fact]
    public async Task Stream_within_the_limit_is_read()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("Harbour reopens\n\nThe harbour reopened on Monday."));

        var article = await new ArticleReader().ReadStreamAsync(input, ArticleFormat.Text, TestContext.Current.CancellationToken);

        article.Title.ShouldBe("Harbour reopens");
        article.Body.ShouldBe("The harbour reopened on Monday.");
    }

    [Fact]
    public void Text_with_only_junk_is_refused()
    {
        var e = Should.Throw<IngestException>(() => new ArticleReader().Read("Advertisement\n\nShare this article\n\n0:00", ArticleFormat.Text));

        ShouldBeOneLine(e);
    }

    [Fact]
    public void Empty_string_is_refused() =>
        Should.Throw<IngestException>(() => new ArticleReader().Read("", ArticleFormat.Text));

    [Fact]
    public void Whitespace_only_string_is_refused() =>
        Should.Throw<IngestException>(() => new ArticleReader().Read("  \n\n  ", ArticleFormat.Markdown));

    [Fact]
    public void Text_paragraphs_are_joined_by_blank_lines_with_whitespace_normalised()
    {
        var article = new ArticleReader().Read(
            "Harbour reopens\n\nThe  harbour\u00a0reopened   on Monday. \n\n  “We’re ready — finally,” she said.  ", ArticleFormat.Text);

        article.Body.ShouldBe("The harbour reopened on Monday.\n\n“We’re ready — finally,” she said.");
    }

    [Fact]
    public void Hard_wrapped_text_lines_are_joined_into_one_paragraph()
    {
        var article = new ArticleReader().Read(
            "Harbour reopens\n\nThe harbour reopened on Monday after\na year of repairs.\nShips queued outside.", ArticleFormat.Text);

        article.Body.ShouldBe("The harbour reopened on Monday after a year of repairs.\n\nShips queued outside.");
    }

    [Fact]
    public void Metadata_lines_are_taken_out_of_the_body()
    {
        var article = new ArticleReader().Read(
            "Harbour reopens\n\nBy Jane Roe\n\nJune 7, 2022\n\nThe harbour reopened on Monday.\n\nSource: https://daily.example/story",
            ArticleFormat.Text);

        article.Body.ShouldBe("The harbour reopened on Monday.");
        article.Author.ShouldBe("Jane Roe");
        article.PublishedAt.ShouldBe(new DateTimeOffset(2022, 6, 7, 0, 0, 0, TimeSpan.Zero));
        article.Url.ShouldBe("https://daily.example/story");
        article.Outlet.ShouldBe("daily.example");
    }

    [Fact]
    public void Text_carrying_markdown_is_read_as_markdown()
    {
        var article = new ArticleReader().Read("# Harbour reopens\n\nBy [AFP](#)\n\nThe harbour reopened on Monday.", ArticleFormat.Text);

        article.Title.ShouldBe("Harbour reopens");
        article.Outlet.ShouldBe("AFP");
        article.Body.ShouldBe("The harbour reopened on Monday.");
    }

    [Fact]
    public void Markdown_article_gets_heading_title_agency_and_clean_body()
    {
        var markdown = """
            # Harbour reopens after repairs

            By [Example Agency](#) for [AFP](#)

            June 7, 2022

            The **harbour** reopened on Monday, [the port authority](https://port.example/) said.

            **Related article:** [Quay costs double](#)

            “We’re ready — finally,” the harbour master said.
            """;

        var article = new ArticleReader().Read(markdown, ArticleFormat.Markdown);

        article.Title.ShouldBe("Harbour reopens after repairs");
        article.Outlet.ShouldBe("AFP");
        article.Body.ShouldBe("The harbour reopened on Monday, the port authority said.\n\n“We’re ready — finally,” the harbour master said.");
    }
}
