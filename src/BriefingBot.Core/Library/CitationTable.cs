using System.Runtime.InteropServices;
using System.Text;
using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Library;

/// <summary>
/// What answers cite, kept in memory in step with the store so that answering reads nothing from it: each quote's words,
/// context and attribution, each article's title, outlet, date, address and summary (or opening paragraph).
/// </summary>
/// <remarks>
/// Compact: entries are structs in arrays indexed by id; text is UTF-8 in large shared buffers (a quote's words, when they
/// appear in its context, are a slice of it); names, roles and outlets, which repeat, are stored once. Replaced entries leave
/// their old text in the buffers until the table is rebuilt. Saved in the index snapshot as raw arrays.
/// Thread-safe: reads under a read lock, writes under a write lock.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The table lives as long as its library; its lock holds no handle worth releasing earlier.")]
public sealed class CitationTable
{
    /// <summary>The longest opening paragraph kept for an article without a summary.</summary>
    public const int LeadLength = 400;

    // "CITE" in ASCII, little-endian; also closes the data, so a cut-off file is noticed.
    private const int FormatMagic = 0x45544943;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly TextBuffers _text = new();
    private readonly List<string> _names = [""];
    private readonly Dictionary<string, int> _nameIds = new(StringComparer.Ordinal) { [""] = 0 };
    private QuoteEntry[] _quotes = [];
    private ArticleEntry[] _articles = [];

    // The quotes of each article in id order (the order extraction found them): made on first use, kept in step from then on.
    private Dictionary<int, List<int>>? _byArticle;

    /// <summary>Quotes held.</summary>
    public int QuoteCount { get; private set; }

    /// <summary>How many times a quote was added, replaced or removed: what was worked out from the quotes holds while it stays the same.</summary>
    public int QuoteChanges => Volatile.Read(ref _quoteChanges);

    private int _quoteChanges;

    /// <summary>A table of the given quotes and articles (as the store holds them).</summary>
    public static CitationTable Build(IEnumerable<Article> articles, IEnumerable<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(quotes);
        var table = new CitationTable();
        foreach (var article in articles)
        {
            table.AddArticle(article);
        }

        foreach (var quote in quotes)
        {
            table.AddQuote(quote);
        }

        return table;
    }

    /// <summary>Adds or replaces a stored article (its id must be set).</summary>
    public void AddArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(article.Id, "article.Id");
        var hasSummary = !string.IsNullOrWhiteSpace(article.Summary);
        _lock.EnterWriteLock();
        try
        {
            EnsureArticle(article.Id);
            _articles[article.Id] = new ArticleEntry
            {
                Present = 1,
                Title = _text.Add(article.Title),
                Url = article.Url is null ? -1 : _text.Add(article.Url),
                Outlet = article.Outlet is null ? -1 : NameId(article.Outlet),
                HasPublished = (byte)(article.PublishedAt is null ? 0 : 1),
                PublishedTicks = article.PublishedAt?.Ticks ?? 0,
                PublishedOffsetMinutes = (short)(article.PublishedAt?.Offset.TotalMinutes ?? 0),
                Summary = _text.Add(hasSummary ? article.Summary! : Lead(article.Body)),
                SummaryIsLead = (byte)(hasSummary ? 0 : 1),
            };
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Adds or replaces a stored quote (its id must be set).</summary>
    public void AddQuote(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quote.Id, "quote.Id");
        var within = quote.Text.Length == 0 ? -1 : quote.Context.IndexOf(quote.Text, StringComparison.Ordinal);
        var wording = QuoteWording.Measure(quote.Text);
        _lock.EnterWriteLock();
        try
        {
            EnsureQuote(quote.Id);
            if (_quotes[quote.Id].Present == 0)
            {
                QuoteCount++;
            }

            if (_byArticle is not null)
            {
                if (_quotes[quote.Id].Present != 0)
                {
                    _byArticle.GetValueOrDefault(_quotes[quote.Id].ArticleId)?.Remove(quote.Id);
                }

                AddToArticle(_byArticle, quote.ArticleId, quote.Id);
            }

            var context = _text.Add(quote.Context);
            Interlocked.Increment(ref _quoteChanges);
            _quotes[quote.Id] = new QuoteEntry
            {
                Present = 1,
                ArticleId = quote.ArticleId,
                Context = context,
                Text = within >= 0 ? context : _text.Add(quote.Text),
                TextStart = within >= 0 ? within : -1,
                TextLength = quote.Text.Length,
                Kind = (byte)quote.Kind,
                SpeakerId = quote.SpeakerId ?? 0,
                HasSpeakerId = (byte)(quote.SpeakerId is null ? 0 : 1),
                Speaker = quote.Speaker is null ? -1 : NameId(quote.Speaker),
                Role = quote.SpeakerRole is null ? -1 : NameId(quote.SpeakerRole),
                Confidence = quote.Confidence,
                WordBits = wording.WordBits,
                InnerBits = wording.InnerBits,
                KeyLength = wording.KeyLength,
                Words = wording.Words,
            };
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void RemoveQuote(int id)
    {
        _lock.EnterWriteLock();
        try
        {
            if (id > 0 && id < _quotes.Length && _quotes[id].Present != 0)
            {
                _byArticle?.GetValueOrDefault(_quotes[id].ArticleId)?.Remove(id);
                _quotes[id] = default;
                QuoteCount--;
                Interlocked.Increment(ref _quoteChanges);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>How many quotes an article has, without listing them.</summary>
    public int QuoteCountOfArticle(int articleId)
    {
        EnsureByArticle();
        _lock.EnterReadLock();
        try
        {
            return _byArticle!.TryGetValue(articleId, out var ids) ? ids.Count : 0;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The ids of an article's quotes in the order extraction found them.</summary>
    public IReadOnlyList<int> QuotesOfArticle(int articleId)
    {
        EnsureByArticle();
        _lock.EnterReadLock();
        try
        {
            return _byArticle!.TryGetValue(articleId, out var ids) ? ids.ToArray() : [];
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the quotes, with their places, that these articles hold and these speakers said, article
    /// by article in the order extraction found them: one read of the table for them all.
    /// </summary>
    public void QuotesOfArticlesBy(IEnumerable<int> articleIds, IReadOnlySet<int> speakerIds, List<(int Id, QuotePlace Place)> into)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentNullException.ThrowIfNull(speakerIds);
        ArgumentNullException.ThrowIfNull(into);
        EnsureByArticle();
        _lock.EnterReadLock();
        try
        {
            foreach (var articleId in articleIds)
            {
                if (!_byArticle!.TryGetValue(articleId, out var ids))
                {
                    continue;
                }

                foreach (var id in ids)
                {
                    ref readonly var entry = ref _quotes[id];
                    if (entry.Present != 0 && entry.HasSpeakerId != 0 && speakerIds.Contains(entry.SpeakerId))
                    {
                        into.Add((id, PlaceOf(entry)));
                    }
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Adds to <paramref name="into"/> each of these quotes that exists, with its place: one read of the table for them all.</summary>
    public void PlacesOf(IEnumerable<int> ids, List<(int Id, QuotePlace Place)> into)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(into);
        _lock.EnterReadLock();
        try
        {
            foreach (var id in ids)
            {
                if (id > 0 && id < _quotes.Length && _quotes[id].Present != 0)
                {
                    into.Add((id, PlaceOf(_quotes[id])));
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private static QuotePlace PlaceOf(in QuoteEntry entry) =>
        new(entry.ArticleId, (QuoteKind)entry.Kind, entry.HasSpeakerId != 0 ? entry.SpeakerId : null);

    // Makes the lists of each article's quotes on first use (kept up to date by every change after that).
    private void EnsureByArticle()
    {
        _lock.EnterReadLock();
        try
        {
            if (_byArticle is not null)
            {
                return;
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        _lock.EnterWriteLock();
        try
        {
            if (_byArticle is null)
            {
                var map = new Dictionary<int, List<int>>();
                for (var id = 1; id < _quotes.Length; id++)
                {
                    if (_quotes[id].Present != 0)
                    {
                        AddToArticle(map, _quotes[id].ArticleId, id);
                    }
                }

                _byArticle = map;
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    // Keeps each article's list in id order; ids mostly arrive in order, so this is nearly always an append.
    private static void AddToArticle(Dictionary<int, List<int>> map, int articleId, int id)
    {
        if (!map.TryGetValue(articleId, out var ids))
        {
            map[articleId] = ids = [];
        }

        if (ids.Count == 0 || ids[^1] < id)
        {
            ids.Add(id);
            return;
        }

        var at = ids.BinarySearch(id);
        if (at < 0)
        {
            ids.Insert(~at, id);
        }
    }

    /// <summary>The quote with this id, or null when there is none.</summary>
    public QuoteCard? Quote(int id)
    {
        _lock.EnterReadLock();
        try
        {
            if (id <= 0 || id >= _quotes.Length || _quotes[id].Present == 0)
            {
                return null;
            }

            ref readonly var entry = ref _quotes[id];
            var context = _text.Get(entry.Context);
            var text = entry.TextStart >= 0 ? context.Substring(entry.TextStart, entry.TextLength) : _text.Get(entry.Text);
            return new QuoteCard(
                id,
                entry.ArticleId,
                text,
                (QuoteKind)entry.Kind,
                entry.HasSpeakerId != 0 ? entry.SpeakerId : null,
                entry.Speaker < 0 ? null : _names[entry.Speaker],
                entry.Role < 0 ? null : _names[entry.Role],
                entry.Confidence,
                context);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>What ranking a quote needs, without reading its text (null when there is no such quote).</summary>
    public QuoteTraits? Traits(int id)
    {
        _lock.EnterReadLock();
        try
        {
            if (id <= 0 || id >= _quotes.Length || _quotes[id].Present == 0)
            {
                return null;
            }

            ref readonly var entry = ref _quotes[id];
            return new QuoteTraits(
                id,
                entry.ArticleId,
                (QuoteKind)entry.Kind,
                entry.HasSpeakerId != 0 ? entry.SpeakerId : null,
                entry.Speaker < 0 ? null : _names[entry.Speaker],
                entry.TextLength,
                new WordingMeasures(entry.Words, entry.KeyLength, entry.WordBits, entry.InnerBits));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Where a quote stands and what kind it is, without reading its text (null when there is no such quote).</summary>
    public QuotePlace? Place(int id)
    {
        _lock.EnterReadLock();
        try
        {
            if (id <= 0 || id >= _quotes.Length || _quotes[id].Present == 0)
            {
                return null;
            }

            return PlaceOf(_quotes[id]);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Whether there is an article with this id, without reading it.</summary>
    public bool HasArticle(int id)
    {
        _lock.EnterReadLock();
        try
        {
            return id > 0 && id < _articles.Length && _articles[id].Present != 0;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The article with this id, or null when there is none.</summary>
    public ArticleCard? Article(int id)
    {
        _lock.EnterReadLock();
        try
        {
            if (id <= 0 || id >= _articles.Length || _articles[id].Present == 0)
            {
                return null;
            }

            ref readonly var entry = ref _articles[id];
            return new ArticleCard(
                id,
                _text.Get(entry.Title),
                entry.Outlet < 0 ? null : _names[entry.Outlet],
                entry.HasPublished != 0 ? new DateTimeOffset(entry.PublishedTicks, TimeSpan.FromMinutes(entry.PublishedOffsetMinutes)) : null,
                entry.Url < 0 ? null : _text.Get(entry.Url),
                _text.Get(entry.Summary),
                entry.SummaryIsLead != 0);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The article id of a quote, or 0 when there is no such quote (cheaper than <see cref="Quote"/>).</summary>
    public int ArticleOf(int quoteId)
    {
        _lock.EnterReadLock();
        try
        {
            return quoteId > 0 && quoteId < _quotes.Length && _quotes[quoteId].Present != 0 ? _quotes[quoteId].ArticleId : 0;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>An article's opening: its first paragraph, cut at <see cref="LeadLength"/> characters.</summary>
    public static string Lead(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var end = body.IndexOf("\n\n", StringComparison.Ordinal);
        var lead = end < 0 ? body : body[..end];
        return lead.Length <= LeadLength ? lead : lead[..LeadLength].TrimEnd() + "…";
    }

    /// <summary>Writes the table in a compact binary form; <see cref="Read"/> loads it back.</summary>
    internal void Write(BinaryWriter writer)
    {
        _lock.EnterReadLock();
        try
        {
            // Up to the highest id held: the arrays grow by doubling, and the room past it would only be read back as zeros.
            var quotes = _quotes.AsSpan(0, UsedLength(_quotes, static q => q.Present != 0));
            var articles = _articles.AsSpan(0, UsedLength(_articles, static a => a.Present != 0));
            writer.Write(FormatMagic);
            writer.Write(QuoteCount);
            writer.Write(quotes.Length);
            writer.Write(MemoryMarshal.AsBytes(quotes));
            writer.Write(articles.Length);
            writer.Write(MemoryMarshal.AsBytes(articles));
            writer.Write(_names.Count);
            foreach (var name in _names)
            {
                writer.Write(name);
            }

            _text.Write(writer);
            writer.Write(FormatMagic);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Loads a table written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole table written by this format.</exception>
    internal static CitationTable Read(BinaryReader reader)
    {
        if (reader.ReadInt32() != FormatMagic)
        {
            throw new InvalidDataException("Not a citation table.");
        }

        var table = new CitationTable { QuoteCount = reader.ReadInt32() };
        table._quotes = ReadArray<QuoteEntry>(reader);
        table._articles = ReadArray<ArticleEntry>(reader);
        var names = reader.ReadInt32();
        table._names.Clear();
        table._nameIds.Clear();
        for (var i = 0; i < names; i++)
        {
            var name = reader.ReadString();
            table._names.Add(name);
            table._nameIds.TryAdd(name, i);
        }

        table._text.Read(reader);
        if (reader.ReadInt32() != FormatMagic)
        {
            throw new InvalidDataException("The citation table is incomplete.");
        }

        return table;
    }

    private static int UsedLength<T>(T[] entries, Func<T, bool> present)
    {
        var length = entries.Length;
        while (length > 0 && !present(entries[length - 1]))
        {
            length--;
        }

        return length;
    }

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("The citation table holds a negative count.");
        }

        var values = GC.AllocateUninitializedArray<T>(count);
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private int NameId(string name)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_nameIds, name, out var exists);
        if (!exists)
        {
            id = _names.Count;
            _names.Add(name);
        }

        return id;
    }

    private void EnsureQuote(int id)
    {
        if (id >= _quotes.Length)
        {
            Array.Resize(ref _quotes, Math.Max(id + 1, _quotes.Length * 2));
        }
    }

    private void EnsureArticle(int id)
    {
        if (id >= _articles.Length)
        {
            Array.Resize(ref _articles, Math.Max(id + 1, _articles.Length * 2));
        }
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct QuoteEntry
    {
        public ulong WordBits;
        public ulong InnerBits;
        public long Context;
        public long Text;
        public double Confidence;
        public int ArticleId;
        public int TextStart;
        public int TextLength;
        public int SpeakerId;
        public int Speaker;
        public int Role;
        public int KeyLength;
        public int Words;
        public byte Kind;
        public byte HasSpeakerId;
        public byte Present;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct ArticleEntry
    {
        public long Title;
        public long Url;
        public long Summary;
        public long PublishedTicks;
        public int Outlet;
        public short PublishedOffsetMinutes;
        public byte HasPublished;
        public byte SummaryIsLead;
        public byte Present;
    }

    /// <summary>Strings as UTF-8 in large append-only buffers; a string's handle is its buffer and offset.</summary>
    private sealed class TextBuffers
    {
        private const int BufferSize = 1 << 20;

        private readonly List<byte[]> _buffers = [];
        private int _used;

        public long Add(string text)
        {
            var length = Encoding.UTF8.GetByteCount(text);
            var needed = length + 5;
            if (_buffers.Count == 0 || _used + needed > _buffers[^1].Length)
            {
                _buffers.Add(new byte[Math.Max(BufferSize, needed)]);
                _used = 0;
            }

            var buffer = _buffers[^1];
            var at = _used;
            var v = (uint)length;
            while (v >= 0x80)
            {
                buffer[at++] = (byte)(v | 0x80);
                v >>= 7;
            }

            buffer[at++] = (byte)v;
            Encoding.UTF8.GetBytes(text, buffer.AsSpan(at));
            var handle = ((long)(_buffers.Count - 1) << 32) | (uint)_used;
            _used = at + length;
            return handle;
        }

        public string Get(long handle)
        {
            var buffer = _buffers[(int)(handle >> 32)];
            var at = (int)(uint)handle;
            var length = 0;
            var shift = 0;
            byte b;
            do
            {
                b = buffer[at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);

            return Encoding.UTF8.GetString(buffer, at, length);
        }

        public void Write(BinaryWriter writer)
        {
            writer.Write(_buffers.Count);
            for (var i = 0; i < _buffers.Count; i++)
            {
                var used = i == _buffers.Count - 1 ? _used : _buffers[i].Length;
                writer.Write(_buffers[i].Length);
                writer.Write(used);
                writer.Write(_buffers[i], 0, used);
            }
        }

        public void Read(BinaryReader reader)
        {
            var count = reader.ReadInt32();
            if (count < 0)
            {
                throw new InvalidDataException("The citation table holds a negative count.");
            }

            for (var i = 0; i < count; i++)
            {
                var size = reader.ReadInt32();
                var used = reader.ReadInt32();
                if (size < 0 || used < 0 || used > size)
                {
                    throw new InvalidDataException("The citation table holds a bad buffer length.");
                }

                var buffer = GC.AllocateUninitializedArray<byte>(size);
                reader.BaseStream.ReadExactly(buffer.AsSpan(0, used));
                _buffers.Add(buffer);
                _used = used;
            }
        }
    }
}
