using BriefingBot.Core.Articles;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Storage;

/// <summary>One article of a batch for <see cref="BriefingStore.SaveArticles(IReadOnlyList{ArticleToSave}, IReadOnlyCollection{Speakers.Speaker})"/>, with its quotes and whom each quote is attributed to.</summary>
/// <param name="Article">The article; its id is ignored, as in <see cref="BriefingStore.SaveArticle"/>.</param>
/// <param name="Quotes">Its quotes.</param>
/// <param name="SpeakerOfQuote">
/// When given, the speaker of each quote (same order, null for none); the stored quote takes the speaker's id and name, so a
/// speaker first saved in the same batch (id 0 until then) can be named.
/// </param>
public sealed record ArticleToSave(Article Article, IReadOnlyList<Quote> Quotes, IReadOnlyList<Speaker?>? SpeakerOfQuote = null);
