using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

public sealed class TextAnalyzerTests
{
    private readonly TextAnalyzer _analyzer = new();

    [Fact]
    public void Forms_of_ban_share_one_term()
    {
        var terms = new[] { "ban", "bans", "banned", "banning" }.Select(w => _analyzer.Terms(w).Single()).Distinct();

        terms.ShouldHaveSingleItem();
    }

    [Fact]
    public void Blocking_stems_to_block()
    {
        _analyzer.Terms("Blocking").ShouldBe(["block"]);
    }

    [Fact]
    public void Stop_words_are_dropped()
    {
        _analyzer.Terms("What did the ferry captain say about the storm?").ShouldBe(["ferri", "captain", "sai", "storm"]);
    }

    [Fact]
    public void Curly_and_straight_apostrophes_give_the_same_terms()
    {
        _analyzer.Terms("the harbour’s o’clock bell").ShouldBe(_analyzer.Terms("the harbour's o'clock bell"));
        _analyzer.Terms("the harbour’s bell").ShouldBe(["harbour", "bell"]);
    }

    [Fact]
    public void Diacritics_are_folded()
    {
        _analyzer.Terms("Café Zürich").ShouldBe(_analyzer.Terms("cafe zurich"));
    }

    [Fact]
    public void Empty_text_has_no_terms()
    {
        _analyzer.Terms("").ShouldBeEmpty();
        _analyzer.Terms(null).ShouldBeEmpty();
    }

    [Fact]
    public void One_analyzer_can_be_used_from_many_threads()
    {
        var results = Enumerable.Range(0, 200).AsParallel().Select(i => _analyzer.Terms($"Ships were banned from port {i}")).ToList();

        results.Select((terms, i) => terms.SequenceEqual(["ship", "ban", "port", i.ToString(System.Globalization.CultureInfo.InvariantCulture)])).ShouldAllBe(ok => ok);
    }
}

public sealed class TextAnalyzerShortcutTests
{
    private readonly TextAnalyzer _analyzer = new();

    [Theory]
    [InlineData("U.S. officials said 3,000 people (about 12.5%) left on Jan. 5 at 10:30.")]
    [InlineData("He said: \"We don't—won't—ban it,\" adding it's the state's call; e-mail me@example.org")]
    [InlineData("snake_case __init__ a_b x.y.z o'clock rock'n'roll 1'000 I.B.M. AT&T C++ C# .NET node.js")]
    [InlineData("Café «Zürich» — naïve coöperation, Straße, 東京 and ＡＢＣ with\u00A0non-breaking\u2009spaces")]
    [InlineData("’Quoted’ ‘single’ “double” harbour’s o’clock mayor's 'tis rock 'n' roll")]
    [InlineData("Tabs\tand\r\nnew lines\fand\vothers   many   spaces")]
    public void The_shortcut_gives_the_chains_own_terms(string text)
    {
        _analyzer.Terms(text).ShouldBe(_analyzer.ChainTerms(text));
    }

    [Fact]
    public void The_shortcut_gives_the_chains_own_terms_on_random_text()
    {
        const string alphabet = "abcXYZ019 .,;:'’_-\"\n()é東\u00A0\u0301&/!?%";
        var random = new Random(7);
        for (var n = 0; n < 3000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            _analyzer.Terms(text).ShouldBe(_analyzer.ChainTerms(text), text);
        }
    }

    [Fact]
    public void The_shortcut_gives_the_chains_own_terms_on_the_seed_articles()
    {
        var corpus = BriefingBot.Testing.Seeds.SeedCorpus.Locate();
        Assert.SkipWhen(corpus is null, "The seed corpus is not present.");
        foreach (var file in corpus!.ArticleFiles)
        {
            var text = File.ReadAllText(file);

            _analyzer.Terms(text).ShouldBe(_analyzer.ChainTerms(text), file);
        }
    }

    [Theory]
    [InlineData("Harbours")]
    [InlineData("the")]
    [InlineData("naïve")]
    [InlineData("Straße")]
    [InlineData("B2B")]
    [InlineData("東京")]
    public void A_single_words_term_is_the_one_its_text_gives(string word)
    {
        _analyzer.TermOfWord(word).ShouldBe(_analyzer.Terms(word) is [var only] ? only : null);
    }

    [Fact]
    public void A_single_words_term_is_the_one_its_text_gives_on_random_words()
    {
        const string letters = "abcXYZéÉ東019";
        var random = new Random(11);
        for (var n = 0; n < 3000; n++)
        {
            var word = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => letters[random.Next(letters.Length)]).ToArray());

            _analyzer.TermOfWord(word).ShouldBe(_analyzer.Terms(word) is [var only] ? only : null, word);
        }
    }

    [Fact]
    public void A_word_longer_than_the_tokenizer_takes_is_left_to_the_chain()
    {
        var text = "short " + new string('a', 300) + " words";

        _analyzer.Terms(text).ShouldBe(_analyzer.ChainTerms(text));
    }
}
