namespace BriefingBot.Core.Extraction;

/// <summary>Pairs quotation marks by type inside one paragraph, tolerating a missing or stray mark.</summary>
internal static class QuoteSpanFinder
{
    private const char NoMark = '\0';

    /// <summary>
    /// Finds the quoted stretches of text[start..end). When <paramref name="carryOpen"/> is set (the previous
    /// paragraph ended inside a quote), a closing mark before any opening one ends a stretch begun at the paragraph start.
    /// </summary>
    public static List<QuoteSpan> Find(string text, int start, int end, bool carryOpen, out bool endsOpen)
    {
        var spans = new List<QuoteSpan>();
        var open = NoMark;
        var openAt = -1;
        var contentAt = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var isDoubledApostrophe = c == '\'' && i + 1 < end && text[i + 1] == '\'';
            if (open == NoMark)
            {
                if (c is '“' or '«' or '„' or '"' || isDoubledApostrophe)
                {
                    open = isDoubledApostrophe ? '\'' : c;
                    openAt = i;
                    contentAt = i + (isDoubledApostrophe ? 2 : 1);
                    i = contentAt - 1;
                }
                else if (c is '”' or '»')
                {
                    // A closer before any opener closes a quote carried over from the previous paragraph;
                    // anywhere else it is a stray mark (e.g. a heading wrapped in reversed marks) and is skipped.
                    if (carryOpen && spans.Count == 0 && HasWords(text, start, i))
                    {
                        Add(spans, text, start, start, i, i + 1, opened: false, closed: true);
                    }

                    carryOpen = false;
                }
                else if (c is '‘' or '\'' && IsSingleOpener(text, i, start, end))
                {
                    open = '‘';
                    openAt = i;
                    contentAt = i + 1;
                }
            }
            else if (open == '‘')
            {
                if (c is '’' or '\'' && IsSingleCloser(text, i, end))
                {
                    Add(spans, text, openAt, contentAt, i, i + 1, opened: true, closed: true);
                    open = NoMark;
                }
                else if (c is '“' or '"' or '«')
                {
                    // A double mark inside an unclosed single one: the single mark was an apostrophe after all.
                    open = NoMark;
                    i--;
                }
            }
            else if (c == '"' && open is '"' or '“' && OpensHere(text, i, start, end))
            {
                // `he said, "Senator Lee added that …, claiming that "this will …`: a straight mark with a space before it
                // and a letter after it opens a quote, so the one still open lost its closer (copy cut from a page loses
                // block quotes). The open one ends at a single closer glued to its punctuation (`invaders,’ a spokesperson
                // said`) if it has one; otherwise it cannot be told from the narrative around it and is dropped.
                var cut = LastGluedSingleCloser(text, contentAt, i);
                if (cut > 0)
                {
                    Add(spans, text, openAt, contentAt, cut, cut + 1, opened: true, closed: true);
                }

                open = '"';
                openAt = i;
                contentAt = i + 1;
            }
            else if (IsCloserOf(open, text, i, end))
            {
                // `''… the word 'old-school,''' said`: a quote nested in it closes together with the doubled closer; its
                // single mark is the quoted words', the last two are the closer.
                if (open == '\'' && i + 2 < end && text[i + 2] == '\'')
                {
                    i++;
                }

                var width = open == '\'' || IsDoubledSingle(text, i, end) ? 2 : 1;
                Add(spans, text, openAt, contentAt, i, i + width, opened: true, closed: true);
                open = NoMark;
                i += width - 1;
            }
            else if (c == open && c is '“' or '«' or '„')
            {
                // A second opener of the same type: the first one's closer is missing. End it here.
                Add(spans, text, openAt, contentAt, i, i, opened: true, closed: false);
                openAt = i;
                contentAt = i + 1;
            }
        }

        endsOpen = false;
        if (open is not NoMark and not '‘')
        {
            // A quote left open runs to the paragraph's end, never beyond (the next paragraph may carry it on).
            endsOpen = HasWords(text, contentAt, end);
            Add(spans, text, openAt, contentAt, end, end, opened: true, closed: false);
        }

        return spans;
    }

    private static bool IsCloserOf(char open, string text, int i, int end)
    {
        var c = text[i];
        return open switch
        {
            '“' or '„' => c is '”' or '"' || (c == '“' && !HasLetterAfter(text, i, end)) || IsDoubledSingle(text, i, end),
            '«' => c == '»',
            '"' => c is '"' or '”',
            '\'' => c == '\'' && i + 1 < end && text[i + 1] == '\'',
            _ => false,
        };
    }

    // `creators,’’ says`: two single closers typed for one double closer.
    private static bool IsDoubledSingle(string text, int i, int end) =>
        text[i] is '’' or '\'' && i + 1 < end && text[i + 1] is '’' or '\'' && !char.IsWhiteSpace(text[i - 1]);

    private static bool OpensHere(string text, int i, int start, int end) =>
        i > start && char.IsWhiteSpace(text[i - 1]) && HasLetterAfter(text, i, end);

    // `…,’ a spokesperson said`: a single closer right after a comma or full stop, with a space after it.
    private static int LastGluedSingleCloser(string text, int from, int to)
    {
        for (var k = to - 2; k > from; k--)
        {
            if (text[k] is '’' or '\'' && text[k - 1] is ',' or '.' && char.IsWhiteSpace(text[k + 1]))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool HasLetterAfter(string text, int i, int end) => i + 1 < end && char.IsLetterOrDigit(text[i + 1]);

    // ‘ opens only at the start of a word: after a space or bracket, before a letter ("‘Don’t", not "rock ‘n’ roll"-style glue).
    private static bool IsSingleOpener(string text, int i, int start, int end)
    {
        var before = i == start ? ' ' : text[i - 1];
        var after = i + 1 < end ? text[i + 1] : ' ';
        if (!(char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/'))
        {
            return false;
        }

        return char.IsLetter(after) && (text[i] == '‘' || !IsDecadeApostrophe(text, i, end));
    }

    private static bool IsDecadeApostrophe(string text, int i, int end) => i + 1 < end && char.IsDigit(text[i + 1]);

    // ’ closes only at the end of a word: a letter on both sides makes it an apostrophe ("don’t", "Russia’s").
    private static bool IsSingleCloser(string text, int i, int end)
    {
        var after = i + 1 < end ? text[i + 1] : ' ';
        var before = text[i - 1];
        return !char.IsLetterOrDigit(after) && !char.IsWhiteSpace(before);
    }

    private static bool HasWords(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<QuoteSpan> spans, string text, int outerStart, int start, int end, int outerEnd, bool opened, bool closed)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (HasWords(text, start, end) && !IsNickname(text, outerStart, start, end, outerEnd))
        {
            spans.Add(new QuoteSpan(outerStart, start, end, outerEnd, opened, closed));
        }
    }

    // Ana “Bunny” Ortiz: one capitalised word quoted between two parts of a name is the name's nickname, not a quote.
    private static bool IsNickname(string text, int outerStart, int start, int end, int outerEnd)
    {
        if (end - start > 15 || !char.IsUpper(text[start]) || outerStart < 2 || outerEnd + 1 >= text.Length)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i]) && text[i] != '-')
            {
                return false;
            }
        }

        return text[outerStart - 1] == ' ' && char.IsLetter(text[outerStart - 2]) && NameWordEndsAt(text, outerStart - 2) &&
            text[outerEnd] == ' ' && char.IsUpper(text[outerEnd + 1]);
    }

    private static bool NameWordEndsAt(string text, int last)
    {
        var first = last;
        while (first > 0 && char.IsLetter(text[first - 1]))
        {
            first--;
        }

        return char.IsUpper(text[first]);
    }
}
