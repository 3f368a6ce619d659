using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Library;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Ingestion;

/// <summary>Reads an article, extracts and attributes its quotes, and stores them: all of it, or nothing.</summary>
/// <remarks>
/// Many articles are stored in batches (group commit): the store's transaction costs about as much for a few hundred articles
/// as for one, so ingesting a folder is bounded by reading and extraction rather than by the disk.
/// </remarks>
public sealed class ArticleIngestor(ArticleReader reader, IQuoteExtractor extractor, BriefingLibrary library, TimeProvider time, IngestMetrics? metrics = null)
{
    /// <summary>How many articles the many-article methods store per transaction, unless <see cref="BatchSize"/> says otherwise.</summary>
    public const int DefaultBatchSize = 100;

    private IngestMetrics? Metrics => metrics;

    /// <summary>How many articles the many-article methods store per transaction (small in tests).</summary>
    internal int BatchSize { get; init; } = DefaultBatchSize;

    public async Task<IngestResult> IngestFileAsync(string path, CancellationToken cancellationToken)
    {
        var parsed = await reader.ReadFileAsync(path, cancellationToken);
        return Store(parsed, path);
    }

    public async Task<IngestResult> IngestStreamAsync(Stream input, ArticleFormat format, string source, CancellationToken cancellationToken)
    {
        var parsed = await reader.ReadStreamAsync(input, format, cancellationToken);
        return Store(parsed, source);
    }

    public IngestResult IngestText(string content, ArticleFormat format, string source)
    {
        return Store(reader.Read(content, format), source);
    }

    /// <summary>
    /// Ingests many files, <see cref="DefaultBatchSize"/> articles per store transaction, yielding each file's outcome once its
    /// batch is stored. A file that cannot be read or is not an article is reported and skipped. When the store fails, nothing
    /// of the batch being saved is stored and the exception is thrown: what is stored is always the whole batches before it.
    /// </summary>
    /// <remarks>While one batch is being stored, the next is read and extracted (the two use different cores).</remarks>
    public IAsyncEnumerable<IngestOutcome> IngestFilesAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return StoreInBatches(ReadFiles(paths, cancellationToken), cancellationToken);
    }

    /// <summary>As <see cref="IngestFilesAsync"/>, for articles given as text.</summary>
    public IAsyncEnumerable<IngestOutcome> IngestTextsAsync(
        IEnumerable<(string Content, ArticleFormat Format, string Source)> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return StoreInBatches(ReadTexts(articles, cancellationToken), cancellationToken);
    }

    private async IAsyncEnumerable<Input> ReadFiles(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Input input;
            try
            {
                input = new Input(path, await reader.ReadFileAsync(path, cancellationToken), null);
            }
            catch (IngestException e)
            {
                input = new Input(path, null, e);
            }

            yield return input;
        }
    }

#pragma warning disable CS1998 // Reading text needs no awaiting; it is async to share the pipeline with files.
    private async IAsyncEnumerable<Input> ReadTexts(
        IEnumerable<(string Content, ArticleFormat Format, string Source)> articles, [EnumeratorCancellation] CancellationToken cancellationToken)
#pragma warning restore CS1998
    {
        foreach (var (content, format, source) in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Input input;
            try
            {
                input = new Input(source, reader.Read(content, format), null);
            }
            catch (IngestException e)
            {
                input = new Input(source, null, e);
            }

            yield return input;
        }
    }

    // Fills a batch while the one before is stored on another thread; at most one batch is being stored at a time, so the
    // outcomes come out in input order and a failed batch stops everything after it.
    private async IAsyncEnumerable<IngestOutcome> StoreInBatches(IAsyncEnumerable<Input> inputs, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Task<List<IngestOutcome>>? storing = null;
        var pending = new PendingBatch(this);
        await foreach (var input in inputs.WithCancellation(cancellationToken))
        {
            pending.Add(input);
            if (!pending.IsFull)
            {
                continue;
            }

            if (storing is not null)
            {
                foreach (var outcome in await storing)
                {
                    yield return outcome;
                }
            }

            var full = pending;
            storing = Task.Run(full.Save, CancellationToken.None);
            pending = new PendingBatch(this);
        }

        if (storing is not null)
        {
            foreach (var outcome in await storing)
            {
                yield return outcome;
            }
        }

        foreach (var outcome in pending.Save())
        {
            yield return outcome;
        }
    }

    private ArticleBatch StartBatch() => library.StartBatch();

    // One article is a batch of one: its speakers, the article and its quotes in one transaction.
    private IngestResult Store(ParsedArticle parsed, string source)
    {
        var batch = library.StartBatch();
        Stage(batch, parsed, source);
        var saved = batch.Save()[0];
        var result = new IngestResult(source, saved.Article, saved.Quotes, saved.Replaced);
        Metrics?.Ingested(result);
        return result;
    }

    private void Stage(ArticleBatch batch, ParsedArticle parsed, string source)
    {
        var prepared = Prepare(parsed, source);
        batch.Add(prepared.Article, prepared.Facts, prepared.Quotes);
    }

    /// <summary>Extracts and attributes an article's quotes without storing anything (previews are stored apart, then published).</summary>
    internal PreparedArticle Prepare(ParsedArticle parsed, string source)
    {
        var extraction = extractor.Extract(new ArticleText(parsed.Title, parsed.Body), library.Speakers);
        // A description ("a ministry official") is nobody's name: it stays on the quote and never reaches the directory.
        var quotes = extraction.Quotes.Select(found => (Quote: ToQuote(found, parsed), SpeakerName: found.SpeakerKind == SpeakerKind.Description ? null : found.Speaker)).ToList();
        var article = new Article
        {
            Title = parsed.Title,
            Body = parsed.Body,
            Url = parsed.Url,
            Outlet = parsed.Outlet,
            Author = parsed.Author,
            PublishedAt = parsed.PublishedAt,
            ContentHash = ContentHash(parsed.Body),
            IngestedAt = time.GetUtcNow(),
            Source = source,
        };
        return new PreparedArticle(article, extraction.Speakers, quotes);
    }

    private static Quote ToQuote(ExtractedQuote found, ParsedArticle parsed) => new()
    {
        Text = found.Text,
        Start = found.Start,
        Length = found.Length,
        InHeadline = found.InHeadline,
        Kind = found.Kind,
        SpeakerRole = found.SpeakerRole,
        Speaker = found.SpeakerKind == SpeakerKind.Description ? found.Speaker : null,
        SpeakerKind = found.SpeakerKind,
        Attribution = found.Attribution,
        Confidence = found.Confidence,
        Context = found.Context,
        Background = QuoteBackground.For(found, parsed.Title, parsed.Body),
    };

    /// <summary>Hash of the body with case, white space and quote-mark styles folded, so a re-scrape matches.</summary>
    public static string ContentHash(string body)
    {
        var folded = new StringBuilder(body.Length);
        var lastWasSpace = true;
        foreach (var c in body)
        {
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '«' or '»' or '‘' or '’' or '\'')
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            folded.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded.ToString().Trim())));
    }

    // The articles read so far and not yet stored, with the inputs refused among them, in input order.
    private sealed class PendingBatch(ArticleIngestor ingestor)
    {
        private readonly List<Input> _inputs = [];
        private readonly ArticleBatch _batch = ingestor.StartBatch();

        public bool IsFull => _batch.Count >= ingestor.BatchSize;

        public void Add(Input input)
        {
            if (input.Parsed is { } parsed)
            {
                ingestor.Stage(_batch, parsed, input.Source);
            }

            _inputs.Add(input);
        }

        public List<IngestOutcome> Save()
        {
            var saved = _batch.Save();
            var outcomes = new List<IngestOutcome>(_inputs.Count);
            var next = 0;
            foreach (var input in _inputs)
            {
                outcomes.Add(input.Refused is { } refused
                    ? new IngestOutcome(input.Source, null, refused.Message)
                    : new IngestOutcome(input.Source, ToResult(input.Source, saved[next++]), null));
            }

            return outcomes;
        }

        private IngestResult ToResult(string source, ArticleSaveResult saved)
        {
            var result = new IngestResult(source, saved.Article, saved.Quotes, saved.Replaced);
            ingestor.Metrics?.Ingested(result);
            return result;
        }
    }

    // One input read: the article, or why it was refused.
    private sealed record Input(string Source, ParsedArticle? Parsed, IngestException? Refused);
}
