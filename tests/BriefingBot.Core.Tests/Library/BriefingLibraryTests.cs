using BriefingBot.Core.Articles;
using BriefingBot.Core.Search;
using BriefingBot.Core.Speakers;
using BriefingBot.Core.Storage;
using BriefingBot.Testing.Library;

namespace BriefingBot.Core.Tests.Library;

public sealed class BriefingLibraryTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TestLibrary _test = new();

    public void Dispose() => _test.Dispose();

    private IReadOnlyList<QuoteHit> Search(string words) =>
        _test.Library.Quotes.Search([.. _test.Library.Analyzer.Terms(words).Select(t => new WeightedTerm(t, 1))], 10);

    [Fact]
    public void A_saved_quote_is_found_by_the_index_at_once()
    {
        _test.AddArticle("Harbour", Day, ("The lighthouse needs a new lamp before winter", "Ana Ortiz"));

        Search("lighthouse").ShouldHaveSingleItem();
    }

    [Fact]
    public void A_speaker_learnt_from_an_article_is_stored_and_linked_to_the_quote()
    {
        _test.AddArticle("Harbour", Day, ("The lighthouse needs a new lamp before winter", "Ana Ortiz"));

        var quote = _test.Library.Store.AllQuotes().Single();
        quote.SpeakerId.ShouldNotBeNull();
        _test.Library.Store.AllSpeakers().ShouldContain(s => s.Id == quote.SpeakerId && s.Name == "Ana Ortiz");
    }

    [Fact]
    public void Names_an_article_mentions_without_quoting_them_are_not_learnt()
    {
        var quote = new Quote { Text = "The lighthouse needs a new lamp before winter", Kind = QuoteKind.Full, Context = "" };

        _test.Library.AssignSpeakers(
            [new SpeakerFact("Ana Ortiz", SpeakerType.Person, "mayor"), new SpeakerFact("Harbour Affairs", SpeakerType.Organisation)],
            [(quote, "Ana Ortiz")]);

        _test.Library.Speakers.FindByName("Ana Ortiz")!.Roles.ShouldContain("mayor");
        _test.Library.Speakers.FindByName("Harbour Affairs").ShouldBeNull();
    }

    [Fact]
    public void Replacing_an_article_drops_its_old_quotes_from_the_index()
    {
        var first = _test.AddArticle("Harbour", Day, ("The lighthouse needs a new lamp before winter", "Ana Ortiz"));
        var replacement = new Article { Title = "Harbour", Url = first.Url, ContentHash = "other", IngestedAt = Day };

        _test.Library.Save(replacement, [new Quote { Text = "The ferry timetable changes in June", Kind = QuoteKind.Full, Context = "" }]);

        Search("lighthouse").ShouldBeEmpty();
        Search("ferry").ShouldHaveSingleItem();
    }

    [Fact]
    public void A_new_summary_is_searchable_in_the_article_index()
    {
        var article = _test.AddArticle("Harbour", Day, ("The lighthouse needs a new lamp before winter", "Ana Ortiz"));

        _test.Library.SetSummary(article.Id, "Storm damage closes the marina").ShouldBeTrue();

        _test.Library.Articles.Search([new WeightedTerm(_test.Library.Analyzer.Terms("marina")[0], 1)], 3)
            .Single().ArticleId.ShouldBe(article.Id);
    }

    [Fact]
    public void Speakers_imported_into_a_running_library_find_their_quotes()
    {
        using var source = new TestLibrary();
        source.AddArticle("Harbour", Day, ("The lighthouse needs a new lamp before winter", "Ana Ortiz"));
        using var export = new MemoryStream();
        new StoreTransfer(source.Library.Store).Export(export);
        export.Position = 0;

        _test.Library.Import(export);

        var ortiz = _test.Library.Speakers.FindByName("Ortiz")!;
        ortiz.Id.ShouldBe(_test.Library.Store.AllSpeakers().Single(s => s.Name == "Ana Ortiz").Id);
        _test.Library.Quotes.QuotesOfSpeaker(ortiz.Id).ShouldHaveSingleItem();
    }

    [Fact]
    public void Export_then_import_into_a_new_library_keeps_speakers_roles_affiliations_and_summaries()
    {
        using var source = new TestLibrary();
        var article = source.AddArticle("Harbour", Day, ("The lighthouse needs a new lamp before winter", "Ana Ortiz"), ("We are studying it", "Dmitry Peskov"));
        source.Library.AssignSpeakers(
            [new SpeakerFact("Ana Ortiz", SpeakerType.Person, "harbour master", "Port Authority"), new SpeakerFact("Dmitry Peskov", Role: "chief of protocol", Affiliation: "Harbour Club")],
            []);
        source.Library.SetSummary(article.Id, "Our summary: the lighthouse lamp.");
        using var export = new MemoryStream();
        new StoreTransfer(source.Library.Store).Export(export);
        export.Position = 0;

        _test.Library.Import(export); // a new library already holds the shipped speakers, so this import merges

        SpeakersOf(_test).ShouldBe(SpeakersOf(source));
        _test.Library.Store.ListArticles().Single().Summary.ShouldBe("Our summary: the lighthouse lamp.");
        _test.Library.Store.AllQuotes().Select(q => (q.Text, q.Speaker)).ShouldBe(source.Library.Store.AllQuotes().Select(q => (q.Text, q.Speaker)));
        _test.Library.Speakers.FindByRole("chief of protocol").Single().Name.ShouldBe("Dmitry Peskov");
    }

    [Fact]
    public void Shipped_speakers_are_in_the_directory_of_a_new_library()
    {
        var peskov = _test.Library.Speakers.FindByName("Peskov");

        peskov.ShouldNotBeNull();
        peskov.Type.ShouldBe(SpeakerType.Person);
        _test.Library.Speakers.FindByAffiliation("Kremlin").ShouldContain(peskov);
    }

    private static List<string> SpeakersOf(TestLibrary test) =>
        test.Library.Store.AllSpeakers()
            .Select(s => $"{s.Name} | {s.Type} | {s.Gender} | {string.Join(",", s.Aliases.Order())} | {string.Join(",", s.Roles.Order())} | {string.Join(",", s.Affiliations.Order())}")
            .Order().ToList();
}
