using BriefingBot.Core.Articles;
using BriefingBot.Core.Attribution;

namespace BriefingBot.Core.Extraction;

/// <summary>Tells speech from scare quotes, titles and names, and a full quote from a few quoted words.</summary>
internal static class QuoteClassifier
{
    /// <summary>Null when the quoted text is not speech at all (a name, a title, a term); else Full or Partial.</summary>
    public static QuoteKind? Classify(Paragraph p, int quoteToken, out int words)
    {
        var q = p.Quotes[p.Tokens[quoteToken].QuoteIndex];
        var text = p.Source.AsSpan(q.Start, q.End - q.Start);
        words = 0;
        var capitalised = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]) || text[i] is '’' or '\'' or '-';
            if (letter && !inWord)
            {
                words++;
                capitalised += char.IsUpper(text[i]) || char.IsDigit(text[i]) ? 1 : 0;
            }

            inWord = letter;
        }

        // Every word capitalised and short: a name or title ("Russia Today", "Yandex."), not speech.
        if (words <= 6 && capitalised == words && !EndsLikeSpeech(text))
        {
            return null;
        }

        if (words < 5 || IsEmbedded(p, quoteToken))
        {
            return QuoteKind.Partial;
        }

        return QuoteKind.Full;
    }

    private static bool EndsLikeSpeech(ReadOnlySpan<char> text) => text.Length > 0 && text[^1] is '!' or '?' or ',';

    // Quoted words are embedded when the writer's own sentence runs into them ("is ready to “sever ties”"),
    // as opposed to a quote that starts a sentence or follows a cue ("said:", "argued,", "told journalists that").
    private static bool IsEmbedded(Paragraph p, int qi)
    {
        if (qi == 0)
        {
            return false;
        }

        var before = p.Tokens[qi - 1];
        if (before.Kind == TokenKind.Punct || before.Kind == TokenKind.Quote)
        {
            return false;
        }

        var lower = before.Lower;
        return !(CueVerbs.IsCue(lower) || lower is "that" or "and" or "but" or "then" or "adding" or "saying" or "wrote" or "asked" or "reporters" or "journalists" or "us" or "me" or "him" or "her" or "them" || NameWords.IsPronoun(lower));
    }
}
