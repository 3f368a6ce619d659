using BriefingBot.Core.Speakers;
using F23.StringSimilarity;

namespace BriefingBot.Core.Tests.Speakers;

public sealed class SimilarityBoundTests
{
    [Fact]
    public void The_cheap_bound_is_never_below_the_jaro_winkler_similarity()
    {
        string[] names =
        [
            "peskov", "pesckov", "dmitry peskov", "lavrov", "sergei lavrov", "zakharova", "maria zakharova", "navalny", "alexei navalny",
            "putin", "kremlin", "roskomnadzor", "korvanov", "korvnaov", "belitsky", "thaddeus farthingale", "a", "ab", "zelensky",
            "o'brien", "müller", "muller", "x ae", "medvedev", "dmitry medvedev", "peskova", "kovrin",
        ];
        var similarity = new JaroWinkler();
        foreach (var a in names)
        {
            foreach (var b in names)
            {
                var bound = SpeakerDirectory.SimilarityBound(a, SpeakerDirectory.Letters(a), b, SpeakerDirectory.Letters(b));
                bound.ShouldBeGreaterThanOrEqualTo(similarity.Similarity(a, b) - 1e-12, $"{a} / {b}");
            }
        }
    }
}

public sealed class JaroWinklerPrefilterTests
{
    [Fact]
    public void The_prefilter_agrees_with_the_library_and_never_rules_out_what_it_accepts()
    {
        var library = new F23.StringSimilarity.JaroWinkler();
        string[] names = ["dmitry peskov", "peskov", "pesckov", "sergei lavrov", "lavrov", "larvov", "ana ortiz", "ortitz", "roskomnadzor",
            "roskomnadzr", "maria zakharova", "zakharova", "zaharova", "vladimir putin", "putin", "ptuin", "a", "ab", "abc", "aaaa aaaa"];
        var random = new Random(11);
        var pairs = names.SelectMany(x => names.Select(y => (x, y))).ToList();
        for (var n = 0; n < 2000; n++)
        {
            string Word() => new(Enumerable.Range(0, random.Next(1, 14)).Select(_ => "abcdeklmnorstuv "[random.Next(16)]).ToArray());
            pairs.Add((Word(), Word()));
        }

        foreach (var (x, y) in pairs)
        {
            var ours = SpeakerDirectory.JaroWinkler(x, y);
            var theirs = library.Similarity(x, y);
            ours.ShouldBeGreaterThanOrEqualTo(theirs - 1e-5, $"{x} / {y}");
            if (Math.Abs(theirs - 0.7) > 1e-5)
            {
                ours.ShouldBe(theirs, tolerance: 1e-5, $"{x} / {y}");
            }
        }
    }
}
