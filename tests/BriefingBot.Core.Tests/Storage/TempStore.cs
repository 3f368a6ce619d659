using BriefingBot.Core.Articles;
using BriefingBot.Core.Storage;
using BriefingBot.Testing.Files;

namespace BriefingBot.Core.Tests.Storage;

/// <summary>A temporary folder for store files, deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public string Path => _directory.Path;

    public string File(string name) => _directory.File(name);

    public BriefingStore OpenStore(string name = "store.db") => BriefingStore.Open(File(name));

    public void Dispose() => _directory.Dispose();
}

/// <summary>Made-up articles and quotes for store tests.</summary>
internal static class Sample
{
    public static Article Article(string? url = "https://example.org/news/fishing-rules", string hash = "hash-1", string title = "Harbour town changes fishing rules") => new()
    {
        Title = title,
        Body = "The harbour council voted on Tuesday to limit night fishing.\n\n\"We need quiet nights,\" the mayor said.",
        Url = url,
        Outlet = "Example Herald",
        Author = "A. Writer",
        PublishedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(3)),
        ContentHash = hash,
        IngestedAt = new DateTimeOffset(2024, 5, 7, 0, 0, 0, TimeSpan.Zero),
        Source = "sample.txt",
    };

    public static Quote Quote(string text, int? speakerId = null, string? speaker = null) => new()
    {
        Text = text,
        Start = 10,
        Length = text.Length,
        Kind = QuoteKind.Full,
        SpeakerId = speakerId,
        Speaker = speaker,
        SpeakerRole = speaker is null ? null : "mayor",
        Attribution = speaker is null ? AttributionKind.None : AttributionKind.Explicit,
        Confidence = 0.75,
        Context = "\"" + text + ",\" the mayor said.",
    };
}
