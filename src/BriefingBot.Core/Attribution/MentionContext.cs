using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Attribution;

/// <summary>Where a mention stands among its tokens: after a quote, after a preposition, before a clause's end.</summary>
internal static class MentionContext
{
    public static bool FollowsQuote(IReadOnlyList<Token> t, int i) =>
        i > 0 && (t[i - 1].Kind == TokenKind.Quote || (t[i - 1].Text is "," or "—" && i > 1 && t[i - 2].Kind == TokenKind.Quote));

    // "… of Springfield,", "… on the Quay,": a name after a preposition is no sentence's subject.
    public static bool AfterPreposition(IReadOnlyList<Token> t, int first)
    {
        var before = first > 0 && t[first - 1].Lower is "the" ? first - 2 : first - 1;
        return before >= 0 && t[before].Lower is "of" or "from" or "in" or "at" or "on" or "near" or "for" or "with" or "by" or "to";
    }

    // The clause or sentence closes right after tokens[i].
    public static bool EndsSentenceAfter(IReadOnlyList<Token> t, int i) =>
        i + 1 >= t.Count || (t[i + 1].Kind == TokenKind.Punct && (t[i + 1].EndsSentence || t[i + 1].Text is "," or ":" or ";"));
}
