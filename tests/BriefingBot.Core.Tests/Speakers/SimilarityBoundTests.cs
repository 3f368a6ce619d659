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
