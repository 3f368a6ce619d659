using BriefingBot.Core.Evaluation;

namespace BriefingBot.Core.Tests.Evaluation;

public sealed class ExtractionEvaluatorTests
{
    private static GoldQuote Gold(string quote, string speaker, string attribution = "explicit", string kind = "full") =>
        new("a.txt", quote, speaker, attribution, kind);

    [Fact]
    public void Normalize_folds_quote_marks_dashes_space_and_case()
    {
        ExtractionEvaluator.Normalize("  “It’s  DONE” — now. ").ShouldBe("it's done - now");
    }

    [Fact]
    public void A_quote_holding_the_gold_opening_matches()
    {
        ExtractionEvaluator.Matches("We will not back down on the budget this year at all", "Then: we will not back down on the budget this year at all, ever").ShouldBeTrue();
    }

    [Fact]
    public void A_long_piece_of_the_gold_quote_matches_but_a_short_one_does_not()
    {
        ExtractionEvaluator.Matches("We will not back down. The budget stands as written.", "The budget stands as written").ShouldBeTrue();
        ExtractionEvaluator.Matches("We will not back down. The budget stands as written.", "as written").ShouldBeFalse();
    }

    [Fact]
    public void Speakers_match_by_containment_or_last_word_and_alternatives()
    {
        ExtractionEvaluator.SpeakerMatches("Ana Ortiz", "Mayor Ana Ortiz").ShouldBeTrue();
        ExtractionEvaluator.SpeakerMatches("A. Ortiz", "Ana Ortiz").ShouldBeTrue();
        ExtractionEvaluator.SpeakerMatches("Ben Cole", "Ana Ortiz; Ben Cole").ShouldBeTrue();
        ExtractionEvaluator.SpeakerMatches("Ben Cole", "Ana Ortiz").ShouldBeFalse();
        ExtractionEvaluator.SpeakerMatches(null, "Ana Ortiz").ShouldBeFalse();
    }

    [Fact]
    public void Partial_gold_quotes_are_optional_and_unknown_speakers_count_toward_found_only()
    {
        var gold = new[]
        {
            Gold("The plan is dead and buried for good", "Ana Ortiz"),
            Gold("a few words", "Ana Ortiz", kind: "partial"),
            Gold("Nobody knows who wrote this line of text", "", "pronoun"),
        };
        var got = new[]
        {
            new ScoredQuote("a.txt", "The plan is dead and buried for good", "Ortiz", 0.95),
            new ScoredQuote("a.txt", "Nobody knows who wrote this line of text", "Ben Cole", 0.7),
        };

        var report = ExtractionEvaluator.Score(gold, got);

        report.Required.ShouldBe(2);
        report.Found.ShouldBe(2);
        report.RequiredWithSpeaker.ShouldBe(1);
        report.Attributed.ShouldBe(1);
        report.Claimed.ShouldBe(1);
        report.Unscored.ShouldBe(1);
        report.Precision.ShouldBe(1.0);
        report.Recall.ShouldBe(1.0);
    }

    [Fact]
    public void Claims_are_broken_down_by_how_the_speaker_was_tied()
    {
        var gold = new[]
        {
            Gold("The plan is dead and buried for good", "Ana Ortiz"),
            Gold("We are not going to sign anything today", "Ben Cole", "pronoun"),
            Gold("The ferry line will close by the summer", "a harbour official"),
        };
        var got = new[]
        {
            new ScoredQuote("a.txt", "The plan is dead and buried for good", "Ana Ortiz", 0.95, "explicit"),
            new ScoredQuote("a.txt", "We are not going to sign anything today", "Ana Ortiz", 0.8, "pronoun"),
            new ScoredQuote("a.txt", "The ferry line will close by the summer", "a harbour official", 0.75, "description"),
        };

        var report = ExtractionEvaluator.Score(gold, got);

        report.Claims.ShouldNotBeNull();
        report.Claims.Single(c => c.How == "pronoun").Wrong.ShouldBe(1);
        report.Claims.Single(c => c.How == "explicit").Right.ShouldBe(1);
        report.Claims.Single(c => c.How == "description").Right.ShouldBe(1);
        report.ToText(verbose: false).ShouldContain("claimed by how tied");
    }

    [Fact]
    public void Misses_are_broken_down_per_construction()
    {
        var gold = new[]
        {
            Gold("The plan is dead and buried for good", "Ana Ortiz"),
            Gold("We are not going to sign anything today", "Ben Cole", "pronoun"),
            Gold("Nothing was found of this one at all", "Ben Cole", "pronoun"),
            Gold("some quoted words", "Ben Cole", "pronoun", "partial"),
        };
        var got = new[]
        {
            new ScoredQuote("a.txt", "The plan is dead and buried for good", "Ana Ortiz", 0.95),
            new ScoredQuote("a.txt", "We are not going to sign anything today", "Ana Ortiz", 0.8),
            new ScoredQuote("a.txt", "some quoted words", null),
        };

        var report = ExtractionEvaluator.Score(gold, got);

        var pronoun = report.Constructions.Single(c => c.Construction == "pronoun");
        pronoun.Total.ShouldBe(2);
        pronoun.WrongSpeaker.ShouldBe(1);
        pronoun.NotFound.ShouldBe(1);
        report.Constructions.Single(c => c.Construction == "pronoun/partial").NoSpeaker.ShouldBe(1);
        report.Constructions.Single(c => c.Construction == "explicit").Right.ShouldBe(1);
        report.Problems.Count(p => p.What == "MISS").ShouldBe(2);
        report.Problems.Count(p => p.What == "WRONG").ShouldBe(1);
    }

    [Fact]
    public void Calibration_counts_right_claims_per_confidence_band()
    {
        var gold = new[] { Gold("The plan is dead and buried for good", "Ana Ortiz"), Gold("We are not going to sign anything today", "Ben Cole") };
        var got = new[]
        {
            new ScoredQuote("a.txt", "The plan is dead and buried for good", "Ana Ortiz", 0.95),
            new ScoredQuote("a.txt", "We are not going to sign anything today", "Ana Ortiz", 0.65),
        };

        var report = ExtractionEvaluator.Score(gold, got);

        report.AccuracyAtOrAbove(0.9).ShouldBe(1.0);
        report.AccuracyAtOrAbove(0.6).ShouldBe(0.5);
    }
}
