namespace BriefingBot.Core.Articles;

/// <summary>An ingested news article: the source every quote cites.</summary>
public sealed class Article
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Cleaned body text; paragraphs are separated by a blank line ("\n\n"). Quote offsets point into it.</summary>
    public string Body { get; set; } = "";

    public string? Url { get; set; }

    public string? Outlet { get; set; }

    public string? Author { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>A moderator's or the sample pack's one-paragraph summary.</summary>
    public string? Summary { get; set; }

    /// <summary>Hash of the normalised body, so the same text ingested twice updates one article.</summary>
    public string ContentHash { get; set; } = "";

    public DateTimeOffset IngestedAt { get; set; }

    /// <summary>The file or source the article was read from, for the user's reference.</summary>
    public string? Source { get; set; }
}
