using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Tests.Speakers;

/// <summary>The fuzzy name search, which rules most keys out before comparing them, against comparing every key.</summary>
public sealed class FuzzyNameSearchTests
{
    private static readonly string[] Syllables = ["bel", "ko", "va", "ros", "ta", "min", "el", "sa", "dor", "ni", "ka", "lu", "ev", "ar"];

    [Theory]
    [InlineData(1, 0.88)]
    [InlineData(2, 0.75)]
    [InlineData(3, 0.95)]
    public void Finds_the_names_that_comparing_all_keys_finds(int seed, double minimum)
    {
        var random = new Random(seed);
        var speakers = Enumerable.Range(1, 400).Select(id => new Speaker { Id = id, Name = Word(random) + " " + Word(random), Type = SpeakerType.Person }).ToList();
        var directory = new SpeakerDirectory(speakers);
        var own = speakers.ToDictionary(s => s.Id, s => new[] { NameNormalizer.Key(s.Name), NameNormalizer.Surname(NameNormalizer.Key(s.Name)) });
        var keys = own.Values.SelectMany(k => k).Distinct().ToList();

        for (var n = 0; n < 150; n++)
        {
            // Misspellings of known names, and names made up.
            var asked = n % 2 == 0 ? Misspell(random, keys[random.Next(keys.Count)]) : Word(random) + (random.Next(2) == 0 ? "" : " " + Word(random));
            if (asked.Length < 3)
            {
                // Too short to be told from a misspelling of anything.
                directory.FindSimilar(asked, minimum, int.MaxValue).ShouldBeEmpty();
                continue;
            }

            var key = NameNormalizer.Key(asked);
            var similar = own.Select(p => (Id: p.Key, Similarity: p.Value.Max(k => NameSimilarity.Of(key, k)))).Where(x => x.Similarity >= minimum).ToList();

            directory.FindSimilar(asked, minimum, int.MaxValue).Select(x => x.Speaker.Id).Order().ToList()
                .ShouldBe([.. similar.Select(x => x.Id).Order()], asked);

            // The best three alone, found without comparing every key that could pass: the same similarities, best first.
            var three = directory.FindSimilar(asked, minimum, 3);
            three.Select(x => x.Similarity).ToList().ShouldBe([.. similar.Select(x => x.Similarity).OrderDescending().Take(3)], asked);
            three.ShouldAllBe(x => similar.Contains(new ValueTuple<int, double>(x.Speaker.Id, x.Similarity)));
        }
    }

    private static string Word(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => Syllables[random.Next(Syllables.Length)]));

    private static string Misspell(Random random, string key)
    {
        var chars = key.ToList();
        var at = random.Next(chars.Count);
        switch (random.Next(3))
        {
            case 0 when chars.Count > 3:
                chars.RemoveAt(at);
                break;
            case 1 when at + 1 < chars.Count:
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                break;
            default:
                chars.Insert(at, (char)('a' + random.Next(26)));
                break;
        }

        return new string([.. chars]);
    }
}
