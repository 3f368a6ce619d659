using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Curation;

/// <summary>
/// An article a moderator added, with the quotes found in it, kept apart from the library (not searchable, never in answers)
/// until it is published; it expires when nobody decides in time.
/// </summary>
public sealed class Preview
{
    public int Id { get; set; }

    public Article Article { get; set; } = new();

    public List<PreviewQuote> Quotes { get; set; } = [];

    public List<PreviewFact> Facts { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Who added it ("Ann (telegram 42)").</summary>
    public string AddedBy { get; set; } = "";

    /// <summary>The stored article with the same URL or text, which publishing updates; null for a new article.</summary>
    public int? UpdatesArticleId { get; set; }

    public PreviewState State { get; set; }

    /// <summary>Who published or discarded it.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>The article it became, once published.</summary>
    public int? ArticleId { get; set; }

    public bool IsExpired(DateTimeOffset now) => State == PreviewState.Pending && now >= ExpiresAt;

    public PreviewQuote? Quote(int number) => Quotes.FirstOrDefault(q => q.Number == number);
}
