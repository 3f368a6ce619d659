using BriefingBot.Core.Articles;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Ingestion;

/// <summary>An article read and extracted but not stored: what its text says of its speakers, and each quote with whom it names.</summary>
internal sealed record PreparedArticle(Article Article, IReadOnlyList<SpeakerFact> Facts, IReadOnlyList<(Quote Quote, string? SpeakerName)> Quotes);
