using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Curation;

/// <summary>What waits for a moderator: previews not yet published or discarded, and stored quotes whose speaker is unsure.</summary>
public sealed record ReviewList(IReadOnlyList<Preview> Previews, IReadOnlyList<Quote> UnsureQuotes);
