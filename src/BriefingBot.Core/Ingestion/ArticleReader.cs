namespace BriefingBot.Core.Ingestion;

/// <summary>Reads an article from a string, a file or a stream into a cleaned ParsedArticle, refusing inputs that are not articles.</summary>
public sealed class ArticleReader
{
    private readonly IngestionOptions _options;

    public ArticleReader(IngestionOptions? options = null)
    {
        _options = options ?? new IngestionOptions();
        if (_options.MaxArticleBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxArticleBytes must be positive.");
        }
    }

    public ParsedArticle Read(string content, ArticleFormat format)
    {
        ArgumentNullException.ThrowIfNull(content);
        InputDecoder.Check(content);
        if (System.Text.Encoding.UTF8.GetByteCount(content) > _options.MaxArticleBytes)
        {
            throw InputDecoder.TooLarge(_options.MaxArticleBytes);
        }

        return Parse(content, format);
    }

    public async Task<ParsedArticle> ReadFileAsync(string path, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileInfo(path);
        if (Directory.Exists(path))
        {
            throw new IngestException($"{path} is a folder, not a file: name the files in it (for example {Path.Combine(path, "*.html")}).");
        }

        if (!file.Exists)
        {
            throw new IngestException($"File not found: {path}");
        }

        // Check the size before reading so a huge file is refused without loading it.
        if (file.Length > _options.MaxArticleBytes)
        {
            throw InputDecoder.TooLarge(_options.MaxArticleBytes);
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IngestException($"Cannot read file: {path}");
        }

        return Parse(Decode(bytes), FormatOf(path));
    }

    public async Task<ParsedArticle> ReadStreamAsync(Stream input, ArticleFormat format, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);

        // Read at most one byte past the limit: enough to know the input is too large, never more.
        var buffer = new byte[Math.Min(_options.MaxArticleBytes + 1L, 64 * 1024)];
        using var collected = new MemoryStream();
        int read;
        while ((read = await input.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            collected.Write(buffer, 0, read);
            if (collected.Length > _options.MaxArticleBytes)
            {
                throw InputDecoder.TooLarge(_options.MaxArticleBytes);
            }
        }

        return Parse(Decode(collected.GetBuffer().AsSpan(0, (int)collected.Length)), format);
    }

    public static ArticleFormat FormatOf(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" => ArticleFormat.Html,
            ".md" or ".markdown" => ArticleFormat.Markdown,
            _ => ArticleFormat.Text,
        };

    private static string Decode(ReadOnlySpan<byte> bytes) => InputDecoder.Decode(bytes);

    private static ParsedArticle Parse(string content, ArticleFormat format)
    {
        // Escape sequences and other control characters would reach the operator's terminal and chat clients.
        content = ControlCharacters.Strip(content);
        InputDecoder.RequireContent(content);
        switch (format)
        {
            case ArticleFormat.Html:
                var html = HtmlArticleReader.Read(content);
                var lines = html.Paragraphs.Select((p, i) => new SourceLine(p, i)).ToList();
                return ArticleAssembler.Assemble(lines, joinBlockLines: false, html.Title, html.Metadata);
            case ArticleFormat.Markdown:
            case ArticleFormat.Text when MarkdownStripper.LooksLikeMarkdown(content):
                var markdown = MarkdownStripper.Strip(content);
                return ArticleAssembler.Assemble(markdown.Lines, joinBlockLines: true, markdown.Heading, known: null);
            default:
                return ArticleAssembler.Assemble(TextLines.Split(content), joinBlockLines: false, knownTitle: null, known: null);
        }
    }
}
