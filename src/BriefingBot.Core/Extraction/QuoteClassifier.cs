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
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]) || text[i] is '’' or '\'' or '-';
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        // Every word capitalised and short: a name or title ("Russia Today", "Yandex.", "Fox and Friends"), not speech.
        if (words <= 8 && IsTitleCase(text) && !EndsLikeSpeech(text))
        {
            return null;
        }

        if (words < 5 || IsEmbedded(p, quoteToken))
        {
            return QuoteKind.Partial;
        }

        return QuoteKind.Full;
    }

    private static bool EndsLikeSpeech(ReadOnlySpan<char> text) => text.Length > 0 && text[^1] is '!' or '?';

    private static readonly HashSet<string> SpeechOpeners = new(StringComparer.Ordinal)
    {
        "i", "we", "you", "he", "she", "it", "they", "this", "that", "there", "what", "yes", "no", "let",
    };

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs",
    };

    // Title case: every word but the small ones starts with a capital ("Legend in the Coal Fields").
    private static bool IsTitleCase(ReadOnlySpan<char> text)
    {
        var any = false;
        var first = true;
        foreach (var word in text.ToString().Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.Trim('.', ',', ':', ';', '(', ')', '"', '\'', '’', '‘');
            if (w.Length == 0 || !char.IsLetterOrDigit(w[0]))
            {
                continue;
            }

            if (!char.IsUpper(w[0]) && !char.IsDigit(w[0]) && !SmallWords.Contains(w))
            {
                return false;
            }

            // "We're America." opens with a pronoun: a sentence, not a title.
            if (first && SpeechOpeners.Contains(w.Split('\'', '’')[0].ToLowerInvariant()))
            {
                return false;
            }

            first = false;

            any = true;
        }

        return any;
    }

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
