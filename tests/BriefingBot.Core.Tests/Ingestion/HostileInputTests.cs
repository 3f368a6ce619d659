using System.Text;
using BriefingBot.Core.Ingestion;
using BriefingBot.Testing.Files;

namespace BriefingBot.Core.Tests.Ingestion;

/// <summary>Input built to break the readers: deep nesting, terminal escape sequences, legacy and UTF-16 encodings.</summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Quote = "\"The harbour will reopen in spring,\" said André Bélanger, the port director, on Friday.";

    // A thread pool thread's stack is smaller than the main thread's; reading runs on one in `ingest` and `serve`.
    private const int PoolSizedStack = 1024 * 1024;

    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Thirty_thousand_nested_divs_are_read_without_overflowing_the_stack()
    {
        var depth = 30_000;
        var html = "<html><head><title>Harbour news</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", depth))
            + $"<p>{Quote}</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var article = OnSmallStack(() => new ArticleReader().Read(html, ArticleFormat.Html));

        article.Body.ShouldContain("André Bélanger");
    }

    [Fact]
    public void Deeply_nested_markdown_quotes_and_brackets_are_read_without_overflowing_the_stack()
    {
        var markdown = string.Concat(Enumerable.Repeat("> ", 30_000)) + Quote + "\n\n" + string.Concat(Enumerable.Repeat("*[", 20_000)) + "\n\n" + Quote;

        var article = OnSmallStack(() => new ArticleReader().Read(markdown, ArticleFormat.Markdown));

        article.Body.ShouldContain("the port director");
    }

    [Theory]
    [InlineData("\u001b[31mred\u001b[0m and \u001b]8;;https://evil.example/\u0007a link\u001b]8;;\u0007 and a bell\u0007", "red and a link and a bell")]
    [InlineData("an \u202Eoverride\u202C and an \u2067isolate\u2069 here", "an override and an isolate here")]
    [InlineData("C1 \u009b31m and DEL \u007f and backspace \b gone", "C1 31m and DEL  and backspace  gone")]
    [InlineData("tabs\tand\nnew lines stay", "tabs\tand\nnew lines stay")]
    public void Control_characters_and_escape_sequences_are_removed(string text, string expected) =>
        ControlCharacters.Strip(text).ShouldBe(expected);

    [Fact]
    public void Escape_sequences_in_an_article_are_not_stored_in_its_title_or_body()
    {
        var text = "Harbour \u001b[1mreopens\u001b[0m\u0007\n\n\u001b]8;;https://evil.example/\u001b\\" + Quote + "\u001b]8;;\u001b\\ \u202Egnirts\n\nThe port said more.";

        var article = new ArticleReader().Read(text, ArticleFormat.Text);

        (article.Title + article.Body).ShouldNotContain(c => ControlCharacters.IsUnsafe(c) || c == '\u001b');
        article.Title.ShouldBe("Harbour reopens");
        article.Body.ShouldContain(Quote);
    }

    [Fact]
    public void Control_characters_spelled_as_html_entities_are_not_stored()
    {
        var html = $"<html><head><title>Harbour&#27;[31m news&#x202E;</title></head><body><p>{Quote}&#7;</p><p>The port&#x9B; said more.</p></body></html>";

        var article = new ArticleReader().Read(html, ArticleFormat.Html);

        (article.Title + article.Body).ShouldNotContain(c => ControlCharacters.IsUnsafe(c));
    }

    [Fact]
    public async Task Latin1_text_is_decoded_as_windows_1252_and_keeps_its_accented_names()
    {
        var path = _folder.File("latin1.txt");
        await File.WriteAllBytesAsync(path, Encoding.Latin1.GetBytes("Harbour news\n\n" + Quote + "\n\nThe port said more."), TestContext.Current.CancellationToken);

        var article = await new ArticleReader().ReadFileAsync(path, TestContext.Current.CancellationToken);

        article.Body.ShouldContain("André Bélanger");
        article.Body.ShouldNotContain('\uFFFD');
    }

    [Fact]
    public async Task The_charset_an_html_page_declares_is_used_for_bytes_that_are_not_utf8()
    {
        var path = _folder.File("greek.html");
        var html = $"<html><head><meta charset=\"iso-8859-7\"><title>Λιμάνι</title></head><body><p>\"Το λιμάνι ανοίγει,\" said Νίκος Παππάς.</p><p>{Quote}</p></body></html>";
        await File.WriteAllBytesAsync(path, CodePagesEncodingProvider.Instance.GetEncoding("iso-8859-7")!.GetBytes(html), TestContext.Current.CancellationToken);

        var article = await new ArticleReader().ReadFileAsync(path, TestContext.Current.CancellationToken);

        article.Body.ShouldContain("Νίκος Παππάς");
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8")]
    public async Task Text_with_a_byte_order_mark_is_decoded_by_it(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var path = _folder.File($"{encodingName}.txt");
        await File.WriteAllBytesAsync(path, [.. encoding.GetPreamble(), .. encoding.GetBytes("Harbour news\n\n" + Quote)], TestContext.Current.CancellationToken);

        var article = await new ArticleReader().ReadFileAsync(path, TestContext.Current.CancellationToken);

        article.Title.ShouldBe("Harbour news");
        article.Body.ShouldBe(Quote);
    }

    [Fact]
    public async Task A_folder_given_as_an_article_is_called_a_folder()
    {
        var e = await Should.ThrowAsync<IngestException>(() => new ArticleReader().ReadFileAsync(_folder.Path, TestContext.Current.CancellationToken));

        e.Message.ShouldContain("is a folder, not a file");
    }

    private static T OnSmallStack<T>(Func<T> read)
    {
        T? result = default;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = read();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            PoolSizedStack);
        thread.Start();
        thread.Join();
        return failure is null ? result! : throw new InvalidOperationException("Reading failed.", failure);
    }
}
