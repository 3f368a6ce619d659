using System.Text;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Answers;

/// <summary>One quote of an answer with the near-identical quotes folded into it (the same words in other articles).</summary>
internal sealed record RankedQuote(QuoteTraits Quote, double Score, List<QuoteTraits> Copies);
