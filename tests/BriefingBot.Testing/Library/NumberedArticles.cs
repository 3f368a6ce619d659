using BriefingBot.Core.Storage;
using Xunit;

namespace BriefingBot.Testing.Library;

/// <summary>
/// Articles written one after another, article n holding a known number of quotes, so that a copy of the store taken
/// meanwhile can be checked to hold a consistent prefix of them: articles 1..k, each with all of its quotes.
/// </summary>
public static class NumberedArticles
{
    private const string TitlePrefix = "Numbered article ";
    private static readonly DateTimeOffset Day = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static int QuotesOf(int number) => number % 4 + 1;

    /// <summary>Stores article <paramref name="number"/> with its quotes, all said by Ana Ortiz.</summary>
    public static void Add(TestLibrary test, int number) =>
        test.AddArticle($"{TitlePrefix}{number}", Day.AddMinutes(number), Enumerable.Range(1, QuotesOf(number))
            .Select(q => ($"Quote {q} of article {number}: the harbour gates open at dawn", (string?)"Ana Ortiz")).ToArray());

    /// <summary>Opens the store file and checks it holds articles 1..k with all their quotes and nothing else; returns k.</summary>
    public static int CheckConsistentPrefix(string storePath)
    {
        using var store = BriefingStore.Open(storePath);
        var articles = store.ListArticles();
        var numbers = articles.Select(a => int.Parse(a.Title[TitlePrefix.Length..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        foreach (var article in articles)
        {
            var number = int.Parse(article.Title[TitlePrefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(QuotesOf(number), store.QuotesOfArticle(article.Id).Count);
        }

        Assert.Equal(numbers.Sum(QuotesOf), store.QuoteCount);
        return numbers.Count;
    }
}

/// <summary>Writes numbered articles one after another on another thread until stopped, as a busy bot ingesting would.</summary>
public sealed class NumberedArticleWriter
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task<int> _writing;

    private NumberedArticleWriter(TestLibrary test) => _writing = Task.Run(() =>
    {
        var written = 0;
        while (!_stop.IsCancellationRequested)
        {
            NumberedArticles.Add(test, ++written);
            _first.TrySetResult();
        }

        return written;
    });

    /// <summary>Starts writing; returns once the first article is stored.</summary>
    public static async Task<NumberedArticleWriter> StartAsync(TestLibrary test, CancellationToken cancellationToken)
    {
        var writer = new NumberedArticleWriter(test);
        var started = await Task.WhenAny(writer._first.Task, writer._writing).WaitAsync(cancellationToken).ConfigureAwait(false);
        await started.ConfigureAwait(false); // a writer that failed before its first article fails here
        return writer;
    }

    /// <summary>Stops after the article in hand and returns how many were written.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        var written = await _writing.ConfigureAwait(false);
        _stop.Dispose();
        return written;
    }
}
