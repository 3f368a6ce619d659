using BriefingBot.Core.Articles;
using BriefingBot.Core.Library;
using BriefingBot.Testing.Files;

namespace BriefingBot.Testing.Library;

/// <summary>A real library (LiteDB file, indexes, shipped speakers and topics) in a scratch folder, with quick ways to fill it.</summary>
public sealed class TestLibrary : IDisposable
{
    private readonly TemporaryDirectory? _folder;
    private int _articles;

    public TestLibrary()
    {
        _folder = new TemporaryDirectory();
        Options = new LibraryOptions { StorePath = _folder.File("library.db"), LoadSampleData = false };
        Library = BriefingLibrary.Open(Options);
    }

    /// <summary>A library on the given store, left in place when disposed.</summary>
    public TestLibrary(LibraryOptions options)
    {
        Options = options;
        Library = BriefingLibrary.Open(Options);
    }

    public LibraryOptions Options { get; }

    public BriefingLibrary Library { get; }

    /// <summary>Stores an article holding the given quotes, each attributed to the named speaker (null: unsure).</summary>
    public Article AddArticle(string title, DateTimeOffset published, params (string Text, string? Speaker)[] quotes)
    {
        _articles++;
        var items = quotes.Select(q => (Quote: new Quote
        {
            Text = q.Text,
            Length = q.Text.Length,
            Kind = q.Text.Split(' ').Length < 5 ? QuoteKind.Partial : QuoteKind.Full,
            Attribution = q.Speaker is null ? AttributionKind.None : AttributionKind.Explicit,
            Confidence = q.Speaker is null ? 0.3 : 0.95,
            Context = q.Text,
        }, SpeakerName: q.Speaker)).ToList();
        Library.AssignSpeakers([], items);
        var article = new Article
        {
            Title = title,
            Body = string.Join("\n\n", quotes.Select(q => q.Text)),
            Url = $"https://news.example/{_articles}",
            Outlet = "Example News",
            PublishedAt = published,
            ContentHash = $"test-{_articles}",
            IngestedAt = published,
        };
        return Library.Save(article, items.Select(i => i.Quote).ToList()).Article;
    }

    public void Dispose()
    {
        Library.Dispose();
        _folder?.Dispose();
    }
}
