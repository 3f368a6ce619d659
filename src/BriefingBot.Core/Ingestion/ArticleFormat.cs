namespace BriefingBot.Core.Ingestion;

/// <summary>The format an article arrives in.</summary>
public enum ArticleFormat
{
    Text,
    Markdown,
    Html,
}
