using System.Buffers;
using BriefingBot.Core.Library;

namespace BriefingBot.Core.Answers;

/// <summary>
/// The keys (lower-case words) of the quotes one ranking compares word for word, each written once into a buffer lent for
/// the ranking: a quote met by many others was re-keyed for every pair.
/// </summary>
internal sealed class QuoteKeys(CitationTable citations) : IDisposable
{
    private readonly Dictionary<int, (int Start, int Length)> _written = [];
    private char[] _buffer = ArrayPool<char>.Shared.Rent(4096);
    private int _used;

    /// <summary>True when the key of quote <paramref name="shorter"/> lies within that of <paramref name="longer"/>.</summary>
    public bool LiesWithin(int shorter, int longer)
    {
        // Both are written before either is read: writing may move the buffer.
        if (Write(shorter) is not { } s || Write(longer) is not { } l)
        {
            return false;
        }

        return s.Length > 0 && _buffer.AsSpan(l.Start, l.Length).Contains(_buffer.AsSpan(s.Start, s.Length), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
    }

    private (int Start, int Length)? Write(int quoteId)
    {
        if (_written.TryGetValue(quoteId, out var place))
        {
            return place;
        }

        if (citations.Quote(quoteId)?.Text is not { } text)
        {
            return null;
        }

        if (_used + text.Length > _buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _used + text.Length));
            _buffer.AsSpan(0, _used).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }

        place = (_used, QuoteWording.WriteKey(text, _buffer.AsSpan(_used)));
        _used += place.Length;
        _written[quoteId] = place;
        return place;
    }
}
