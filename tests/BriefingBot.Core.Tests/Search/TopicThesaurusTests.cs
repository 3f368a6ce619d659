using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

public sealed class TopicThesaurusTests
{
    private readonly TextAnalyzer _analyzer = new();

    [Fact]
    public void Expand_keeps_the_terms_at_full_weight_and_adds_group_members_at_the_related_weight()
    {
        var thesaurus = new TopicThesaurus([["ban", "block", "prohibit"], ["internet", "online"]], _analyzer);

        var expanded = thesaurus.Expand(_analyzer.Terms("banning boats"));

        expanded.ShouldBe([new("ban", 1.0), new("boat", 1.0), new("block", 0.4), new("prohibit", 0.4)]);
    }

    [Fact]
    public void A_term_in_the_query_and_in_a_group_is_listed_once_at_full_weight()
    {
        var thesaurus = new TopicThesaurus([["ban", "block"], ["block", "obstruct"]], _analyzer);

        var expanded = thesaurus.Expand(["block", "ban"]);

        expanded.ShouldBe([new("block", 1.0), new("ban", 1.0), new("obstruct", 0.4)]);
    }

    [Fact]
    public void The_related_weight_is_an_option()
    {
        var thesaurus = new TopicThesaurus([["vote", "ballot"]], _analyzer, relatedWeight: 0.25);

        thesaurus.Expand(["vote"]).ShouldBe([new("vote", 1.0), new("ballot", 0.25)]);
    }

    [Fact]
    public void Load_reads_a_groups_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"topics-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "groups": [ ["protest", "rally"] ] }""");
        try
        {
            var thesaurus = TopicThesaurus.Load(path, _analyzer);

            thesaurus.Expand(_analyzer.Terms("rallies")).ShouldBe([new("ralli", 1.0), new("protest", 0.4)]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_rejects_a_file_without_groups()
    {
        var path = Path.Combine(Path.GetTempPath(), $"topics-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "topics": [] }""");
        try
        {
            Should.Throw<InvalidDataException>(() => TopicThesaurus.Load(path, _analyzer));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_shipped_topics_file_links_bans_with_blocking()
    {
        var thesaurus = TopicThesaurus.Load(Path.Combine(RepositoryRoot(), "config", "topics.json"), _analyzer);

        thesaurus.GroupCount.ShouldBeGreaterThanOrEqualTo(20);
        thesaurus.Expand(_analyzer.Terms("bans")).ShouldContain(new WeightedTerm("block", TopicThesaurus.DefaultRelatedWeight));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BriefingBot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("BriefingBot.sln not found above the test folder");
    }
}
