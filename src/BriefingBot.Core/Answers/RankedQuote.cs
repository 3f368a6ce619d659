using BriefingBot.Core.Library;

namespace BriefingBot.Core.Answers;

/// <summary>One quote of an answer with the near-identical quotes folded into it (the same words in other articles).</summary>
internal sealed class RankedQuote(QuoteTraits quote, double score)
{
    private static readonly List<QuoteTraits> None = [];
    private List<QuoteTraits>? _copies;

    /// <summary>The wording shown: the fullest of the group.</summary>
    public QuoteTraits Quote { get; private set; } = quote;

    public double Score { get; } = score;

    /// <summary>The other wordings folded into this one (most quotes have none).</summary>
    public IReadOnlyList<QuoteTraits> Copies => _copies ?? None;

    /// <summary>Folds in a copy; a fuller wording (not a paraphrase) takes the place of the one shown.</summary>
    public void Fold(QuoteTraits copy)
    {
        _copies ??= [];
        if (copy.TextLength > Quote.TextLength && copy.Kind != Articles.QuoteKind.Reported)
        {
            _copies.Add(Quote);
            Quote = copy;
        }
        else
        {
            _copies.Add(copy);
        }
    }
}
