using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Core.Speakers;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Tests.Storage;

public sealed class StoreTransferTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Export_then_import_into_a_fresh_store_round_trips_everything()
    {
        using var source = _temp.OpenStore("source.db");
        Fill(source);
        var first = ExportOf(source);

        using var copy = _temp.OpenStore("copy.db");
        var result = new StoreTransfer(copy).Import(new MemoryStream(Encoding.UTF8.GetBytes(first)));
        var second = ExportOf(copy);

        result.KeptIds.ShouldBeTrue();
        result.ArticlesAdded.ShouldBe(2);
        result.QuotesImported.ShouldBe(3);
        WithoutExportedAt(second).ShouldBe(WithoutExportedAt(first));
    }

    [Fact]
    public void Export_writes_camel_case_names_and_enums_as_strings()
    {
        using var store = _temp.OpenStore();
        Fill(store);

        var json = JsonNode.Parse(ExportOf(store))!;

        json["schemaVersion"]!.GetValue<int>().ShouldBe(1);
        json["exportedAt"].ShouldNotBeNull();
        json["articles"]!.AsArray().Count.ShouldBe(2);
        json["quotes"]![0]!["kind"]!.GetValue<string>().ShouldBe("Full");
        json["speakers"]![0]!["type"]!.GetValue<string>().ShouldBe("Person");
    }

    [Fact]
    public void Importing_bad_json_fails_with_one_line_and_writes_nothing()
    {
        using var store = _temp.OpenStore();

        var error = Should.Throw<StoreException>(() => new StoreTransfer(store).Import(new MemoryStream(Encoding.UTF8.GetBytes("{ \"schemaVersion\": 1, \"articles\": [ {"))));

        error.Message.ShouldStartWith("The import is not a valid BriefingBot export");
        error.Message.ShouldNotContain("\n");
        store.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Importing_a_newer_schema_fails_and_writes_nothing()
    {
        using var store = _temp.OpenStore();
        const string json = """{ "schemaVersion": 2, "articles": [ { "id": 1, "title": "From the future" } ] }""";

        var error = Should.Throw<StoreException>(() => new StoreTransfer(store).Import(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        error.Message.ShouldContain("newer BriefingBot (schema 2; this one reads up to 1)");
        store.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Importing_a_quote_of_a_missing_article_fails_and_writes_nothing()
    {
        using var store = _temp.OpenStore();
        const string json = """
            { "schemaVersion": 1,
              "articles": [ { "id": 1, "title": "Here", "contentHash": "h" } ],
              "quotes": [ { "id": 1, "articleId": 1, "text": "fine" }, { "id": 2, "articleId": 7, "text": "orphan" } ] }
            """;

        var error = Should.Throw<StoreException>(() => new StoreTransfer(store).Import(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        error.Message.ShouldContain("article 7");
        store.IsEmpty.ShouldBeTrue();
        store.QuoteCount.ShouldBe(0);
    }

    [Fact]
    public void Importing_into_a_non_empty_store_matches_articles_and_speakers_and_remaps_ids()
    {
        using var source = _temp.OpenStore("source.db");
        Fill(source);
        var export = ExportOf(source);

        using var target = _temp.OpenStore("target.db");
        var mayor = new Speaker { Name = "JANE MAYOR" };
        var local = new Speaker { Name = "Local Only" };
        target.SaveSpeakers([local, mayor]);
        var existing = target.SaveArticle(Sample.Article(hash: "older text"), [Sample.Quote("old words")]);

        var result = new StoreTransfer(target).Import(new MemoryStream(Encoding.UTF8.GetBytes(export)));

        result.KeptIds.ShouldBeFalse();
        result.ArticlesReplaced.ShouldBe(1);
        result.ArticlesAdded.ShouldBe(1);
        result.SpeakersMatched.ShouldBe(1);
        result.SpeakersAdded.ShouldBe(1);
        target.ArticleCount.ShouldBe(2);
        target.AllSpeakers().Count.ShouldBe(3);
        var replacedQuotes = target.QuotesOfArticle(existing.Article.Id);
        replacedQuotes.Select(q => q.Text).ShouldBe(["We need quiet nights", "Boats stay in after dark"]);
        replacedQuotes[0].SpeakerId.ShouldBe(mayor.Id);
        var clerk = target.AllSpeakers().Single(s => s.Name == "Tom Clerk");
        target.QuotesOfSpeaker(clerk.Id).Select(q => q.Text).ShouldBe(["The budget is tight"]);
    }

    private static void Fill(BriefingStore store)
    {
        var jane = new Speaker { Name = "Jane Mayor", Type = SpeakerType.Person, Gender = Gender.Female, Aliases = ["Mayor Jane"], Roles = ["mayor"], Affiliations = ["Harbour Council"] };
        var tom = new Speaker { Name = "Tom Clerk", Type = SpeakerType.Person, Gender = Gender.Male };
        store.SaveSpeakers([jane, tom]);
        store.SaveArticle(Sample.Article(), [Sample.Quote("We need quiet nights", jane.Id, jane.Name), Sample.Quote("Boats stay in after dark")]);
        var second = Sample.Article(url: "https://example.org/news/budget", hash: "budget", title: "Council budget");
        second.PublishedAt = null;
        second.Summary = "The budget is small.";
        store.SaveArticle(second, [Sample.Quote("The budget is tight", tom.Id, tom.Name)]);
    }

    private static string ExportOf(BriefingStore store)
    {
        using var output = new MemoryStream();
        new StoreTransfer(store).Export(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static string WithoutExportedAt(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("exportedAt");
        return node.ToJsonString();
    }
}
