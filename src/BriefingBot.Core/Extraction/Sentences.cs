namespace BriefingBot.Core.Extraction;

/// <summary>Where the sentence around a token starts and ends, by the tokens that end sentences.</summary>
internal static class Sentences
{
    /// <summary>The first token of the sentence that holds tokens[i].</summary>
    public static int Start(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            if (Ends(tokens, k))
            {
                return k + 1;
            }
        }

        return 0;
    }

    /// <summary>The token that ends the sentence holding tokens[i], or tokens.Count when none does.</summary>
    public static int End(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count; k++)
        {
            if (Ends(tokens, k))
            {
                return k;
            }
        }

        return tokens.Count;
    }

    // A full stop ends a sentence, and so does a quote closed by one before a capitalised word: "“That was smart.” Reyes was …".
    private static bool Ends(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].EndsSentence && (tokens[k].Kind == TokenKind.Punct || (tokens[k].Kind == TokenKind.Quote && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized));
}
