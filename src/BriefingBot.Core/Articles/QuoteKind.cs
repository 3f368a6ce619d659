namespace BriefingBot.Core.Articles;

/// <summary>What sort of speech a quote is.</summary>
public enum QuoteKind
{
    /// <summary>A sentence or more of direct speech in quotation marks.</summary>
    Full,

    /// <summary>A few quoted words inside the writer's own sentence.</summary>
    Partial,

    /// <summary>Indirect speech: the writer's summary of what someone said, never shown in quotation marks.</summary>
    Reported,
}
