using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

/// <summary>The top-k search (block-max WAND, or an accumulator for few postings) against scoring every posting, on random corpora.</summary>
public sealed class Bm25TopKTests
{
    private static readonly string[] Vocabulary = [.. Enumerable.Range(0, 40).Select(i => "w" + i)];

    [Theory]
    [InlineData(1, 300, false)]
    [InlineData(2, 2000, false)]
    [InlineData(3, 5000, false)]
    [InlineData(1, 300, true)]
    [InlineData(3, 5000, true)]
    public void The_top_hits_are_exactly_those_of_scoring_every_posting(int seed, int documents, bool accumulate)
    {
        var random = new Random(seed);
        var index = RandomIndex(random, documents);
        index.AccumulateBelow = accumulate ? long.MaxValue : 0;

        for (var n = 0; n < 200; n++)
        {
            var terms = RandomQuery(random);
            var top = random.Next(1, 30);
            IReadOnlySet<int>? tags = random.Next(3) == 0 ? Enumerable.Range(0, random.Next(1, 3)).Select(_ => random.Next(12)).ToHashSet() : null;

            var found = index.Find(terms, top, tags, countLimit: 200);
            var exhaustive = index.FindExhaustively(terms, top, tags, countLimit: 200);

            found.Hits.ShouldBe(exhaustive.Hits, $"query {n}");
            found.Matches.ShouldBe(exhaustive.Matches, $"query {n}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(200)]
    public void Broad_terms_of_low_weight_after_the_asked_ones_leave_the_top_hits_exact(int countLimit)
    {
        // As a topic's related words and synonyms come after its own: the broad ones may then only add to documents
        // already found, and must never change the best or, up to the limit, the count.
        var random = new Random(11);
        var index = RandomIndex(random, 5000);
        index.AccumulateBelow = long.MaxValue;

        for (var n = 0; n < 200; n++)
        {
            var asked = Enumerable.Range(0, random.Next(1, 3)).Select(_ => new WeightedTerm(Vocabulary[random.Next(10, 40)], 1.0));
            var broad = Enumerable.Range(0, random.Next(1, 5)).Select(_ => new WeightedTerm(Vocabulary[random.Next(0, 10)], random.Next(3) switch
            {
                0 => 0.3,
                1 => 0.4,
                _ => 1.0,
            }));
            var terms = asked.Concat(broad).DistinctBy(t => t.Term).ToList();
            var top = random.Next(1, 100);

            var found = index.Find(terms, top, null, countLimit);
            var exhaustive = index.FindExhaustively(terms, top, null, countLimit);

            found.Hits.ShouldBe(exhaustive.Hits, $"query {n}");
            found.Matches.ShouldBe(exhaustive.Matches, $"query {n}");
        }
    }

    [Fact]
    public void A_broad_term_whose_documents_outscore_the_asked_ones_still_adds_them()
    {
        // One short document says "rare" four times (so the term's bound is high), ten long ones once, at a lower boost; two
        // hundred short ones say "broad" three times. The broad documents outscore all but the first: they must be found.
        var index = new Bm25Index { AccumulateBelow = long.MaxValue };
        index.Add(1, Bm25Index.None, Bm25Index.None, [new(["rare", "rare", "rare", "rare"], 1f)]);
        for (var key = 2; key <= 11; key++)
        {
            index.Add(key, Bm25Index.None, Bm25Index.None, [new(["rare", .. Enumerable.Range(0, 30).Select(i => $"filler{i}")], 1f)], boost: 0.6f);
        }

        for (var key = 12; key <= 211; key++)
        {
            index.Add(key, Bm25Index.None, Bm25Index.None, [new(["broad", "broad", "broad"], 1f)]);
        }

        for (var key = 212; key <= 411; key++)
        {
            index.Add(key, Bm25Index.None, Bm25Index.None, [new(["filler1", "filler2"], 1f)]);
        }

        WeightedTerm[] terms = [new("rare", 1.0), new("broad", 1.0)];
        var found = index.Find(terms, 5, null, countLimit: 0);

        found.Hits.ShouldBe(index.FindExhaustively(terms, 5, null, countLimit: 0).Hits);
        found.Hits.Skip(1).ShouldAllBe(h => h.Key >= 12);
    }

    [Fact]
    public void Removals_compaction_and_a_saved_copy_keep_the_top_hits_exact()
    {
        var random = new Random(9);
        var index = RandomIndex(random, 3000, compactAfter: 100);
        for (var key = 1; key <= 3000; key += 3)
        {
            index.Remove(key);
        }

        index.RemoveGroup(7).ShouldNotBeEmpty();
        AddRandom(index, random, 3001, 500);
        var copy = RoundTrip(index);
        index.AccumulateBelow = 0;
        copy.AccumulateBelow = long.MaxValue;

        for (var n = 0; n < 100; n++)
        {
            var terms = RandomQuery(random);
            var exhaustive = index.FindExhaustively(terms, 10, null, 200);

            index.Find(terms, 10, null, 200).Hits.ShouldBe(exhaustive.Hits);
            copy.Find(terms, 10, null, 200).Hits.ShouldBe(exhaustive.Hits);
        }
    }

    [Fact]
    public void Equal_scores_go_to_the_higher_order_then_the_higher_key()
    {
        var index = new Bm25Index();
        index.Add(1, Bm25Index.None, Bm25Index.None, [new(["bridge"], 1f)], order: 5);
        index.Add(2, Bm25Index.None, Bm25Index.None, [new(["bridge"], 1f)], order: 9);
        index.Add(3, Bm25Index.None, Bm25Index.None, [new(["bridge"], 1f)], order: 5);

        index.Search([new WeightedTerm("bridge", 1)], top: 3).Select(h => h.Key).ShouldBe([2, 3, 1]);
    }

    [Fact]
    public void A_boost_scales_a_documents_score()
    {
        var index = new Bm25Index();
        index.Add(1, Bm25Index.None, Bm25Index.None, [new(["bridge", "road"], 1f)], boost: 0.5f);
        index.Add(2, Bm25Index.None, Bm25Index.None, [new(["bridge", "lane"], 1f)]);

        var hits = index.Search([new WeightedTerm("bridge", 1)], top: 2);

        hits.Select(h => h.Key).ShouldBe([2, 1]);
        hits[1].Score.ShouldBe(hits[0].Score * 0.5, tolerance: 1e-12);
    }

    [Fact]
    public void With_no_terms_a_filter_ranks_its_documents_by_boost_then_order()
    {
        var index = new Bm25Index();
        index.Add(1, Bm25Index.None, 7, [new(["a"], 1f)], order: 1, boost: 1f);
        index.Add(2, Bm25Index.None, 7, [new(["b"], 1f)], order: 3, boost: 0.5f);
        index.Add(3, Bm25Index.None, 7, [new(["c"], 1f)], order: 2, boost: 1f);
        index.Add(4, Bm25Index.None, 8, [new(["d"], 1f)], order: 9, boost: 1f);

        var found = index.Find([], 10, new HashSet<int> { 7 }, countLimit: 200);

        found.Hits.Select(h => h.Key).ShouldBe([3, 1, 2]);
        found.Matches.ShouldBe(3);
    }

    [Fact]
    public void Field_weights_must_be_quarters()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new Bm25Index().Add(1, Bm25Index.None, Bm25Index.None, [new(["a"], 0.3f)]));
    }

    private static Bm25Index RandomIndex(Random random, int documents, int compactAfter = 1024)
    {
        var index = new Bm25Index(compactAfter: compactAfter);
        AddRandom(index, random, 1, documents);
        return index;
    }

    // Zipf-like word choice so some terms have long posting lists; few distinct orders and boosts so ties are common.
    private static void AddRandom(Bm25Index index, Random random, int firstKey, int count)
    {
        for (var key = firstKey; key < firstKey + count; key++)
        {
            var fields = new[] { 1f, 0.5f, 0.25f }
                .Select(weight => new Bm25Field([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => Word(random))], weight))
                .ToArray();
            index.Add(key, key % 50, random.Next(12), fields, data: 0, order: random.Next(4), boost: random.Next(3) switch { 0 => 0.6f, 1 => 0.75f, _ => 1f });
        }
    }

    private static string Word(Random random) => Vocabulary[(int)(Vocabulary.Length * Math.Pow(random.NextDouble(), 2.5))];

    private static List<WeightedTerm> RandomQuery(Random random) =>
        [.. Enumerable.Range(0, random.Next(1, 6)).Select(i => new WeightedTerm(Word(random), i == 0 ? 1.0 : random.Next(2) == 0 ? 1.0 : 0.4))];

    private static Bm25Index RoundTrip(Bm25Index index)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            index.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        return Bm25Index.Read(reader);
    }
}
