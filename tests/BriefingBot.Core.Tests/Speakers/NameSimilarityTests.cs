using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Tests.Speakers;

public sealed class NameSimilarityTests
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
        var similarity = new F23.StringSimilarity.JaroWinkler();
        foreach (var a in names)
        {
            foreach (var b in names)
            {
                var bound = NameSimilarity.Bound(a, NameSimilarity.Letters(a), b, NameSimilarity.Letters(b));
                bound.ShouldBeGreaterThanOrEqualTo(similarity.Similarity(a, b) - 1e-12, $"{a} / {b}");
            }
        }
    }

    [Fact]
    public void The_estimate_agrees_with_the_library_and_never_rules_out_what_it_accepts()
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
            var ours = NameSimilarity.Estimate(x, y);
            var theirs = library.Similarity(x, y);
            ours.ShouldBeGreaterThanOrEqualTo(theirs - 1e-5, $"{x} / {y}");
            if (Math.Abs(theirs - 0.7) > 1e-5)
            {
                ours.ShouldBe(theirs, tolerance: 1e-5, $"{x} / {y}");
            }

            var at = Math.Round(theirs, 2);
            var accepted = NameSimilarity.IsAtLeast(x, NameSimilarity.Letters(x), y, NameSimilarity.Letters(y), at, out var reported);
            accepted.ShouldBe(theirs >= at, $"{x} / {y}");
            if (accepted)
            {
                reported.ShouldBe(theirs);
            }
        }
    }

    [Theory]
    [InlineData("sarah holm", "matthew holm", false)]
    [InlineData("andrew vickers", "andrew moreau", false)]
    [InlineData("aleksei navalny", "alexei navalny", true)]
    [InlineData("a navalny", "alexei navalny", true)]
    [InlineData("dory lindqvist", "dorie lindqvist", true)]
    [InlineData("peskov", "dmitry peskov", true)]
    public void Names_are_the_same_person_only_when_surnames_are_alike_and_first_names_agree(string asked, string known, bool same) =>
        NameSimilarity.MayBeSamePerson(asked, known).ShouldBe(same);

    [Theory]
    [InlineData("roger", "robert", false)]
    [InlineData("mark", "marco", false)]
    [InlineData("aleksei", "alexei", true)]
    [InlineData("steven", "stephen", true)]
    [InlineData("rob", "robert", true)]
    [InlineData("r.", "robert", true)]
    [InlineData("r", "sara", false)]
    public void First_names_agree_as_spellings_initials_and_short_forms_not_by_their_first_letter_alone(string a, string b, bool agree) =>
        NameSimilarity.FirstNamesAgree(a, b).ShouldBe(agree);
}
