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
