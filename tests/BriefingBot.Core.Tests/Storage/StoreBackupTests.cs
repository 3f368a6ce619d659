using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Core.Storage;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Library;

namespace BriefingBot.Core.Tests.Storage;

public sealed class StoreBackupTests : IDisposable
{
    private readonly TemporaryDirectory _backups = new();

    public void Dispose() => _backups.Dispose();

    [Fact]
    public async Task Backups_taken_while_articles_are_written_each_hold_a_consistent_prefix()
    {
        using var test = new TestLibrary();
        var writer = await NumberedArticleWriter.StartAsync(test, TestContext.Current.CancellationToken);

        var results = new List<BackupResult>();
        for (var i = 0; i < 5; i++)
        {
            results.Add(new StoreBackup(test.Library.Store).Write(_backups.File($"backup-{i}.db")));
        }

        var written = await writer.StopAsync();

        var counts = results.Select(r => NumberedArticles.CheckConsistentPrefix(r.Path)).ToList();
        counts.ShouldAllBe(count => count >= 1);
        counts.ShouldBe(results.Select(r => r.Articles).ToList());
        counts.ShouldBeInOrder(SortDirection.Ascending);
        results.Select(r => r.Quotes).ShouldBe(counts.Select(c => Enumerable.Range(1, c).Sum(NumberedArticles.QuotesOf)).ToList());
        test.Library.Store.ArticleCount.ShouldBe(written);
        counts[^1].ShouldBeLessThanOrEqualTo(written);
    }

    [Fact]
    public void A_backup_opens_as_a_store_holding_what_the_original_holds()
    {
        using var test = new TestLibrary();
        for (var n = 1; n <= 3; n++)
        {
            NumberedArticles.Add(test, n);
        }

        test.Library.SetSummary(2, "Our summary of article 2.");

        var result = new StoreBackup(test.Library.Store).Write(_backups.File("copy.db"));

        using var copy = BriefingStore.Open(result.Path);
        WithoutExportedAt(copy).ShouldBe(WithoutExportedAt(test.Library.Store));
        result.Articles.ShouldBe(3);
        result.Speakers.ShouldBe(test.Library.Store.AllSpeakers().Count);
        result.Bytes.ShouldBe(new FileInfo(result.Path).Length);
    }

    [Fact]
    public void A_backup_replaces_an_older_one_and_leaves_no_partial_file()
    {
        using var test = new TestLibrary();
        NumberedArticles.Add(test, 1);
        var target = _backups.Write("copy.db", "an older backup");

        new StoreBackup(test.Library.Store).Write(target);

        NumberedArticles.CheckConsistentPrefix(target).ShouldBe(1);
        Directory.GetFiles(_backups.Path, "*.partial").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData(".lock")]
    [InlineData(".index")]
    public void A_backup_never_overwrites_the_live_store_or_its_files(string suffix)
    {
        using var test = new TestLibrary();
        NumberedArticles.Add(test, 1);
        var store = test.Library.Store.Path;
        var before = File.ReadAllBytes(store);

        var error = Should.Throw<StoreException>(() => new StoreBackup(test.Library.Store).Write(store + suffix));

        error.Message.ShouldContain($"belongs to the live store {store}");
        test.Library.Store.ArticleCount.ShouldBe(1);
        File.ReadAllBytes(store).ShouldBe(before);
    }

    [Fact]
    public void A_link_to_the_live_store_counts_as_the_store()
    {
        using var test = new TestLibrary();
        var link = _backups.File("link.db");
        File.CreateSymbolicLink(link, test.Library.Store.Path);

        var error = Should.Throw<StoreException>(() => new StoreBackup(test.Library.Store).Write(link));

        error.Message.ShouldContain("belongs to the live store");
    }

    [Fact]
    public void A_path_through_a_linked_folder_or_with_dot_dot_counts_as_the_store()
    {
        using var test = new TestLibrary();
        var store = test.Library.Store.Path;
        var linkedFolder = _backups.File("data-link");
        Directory.CreateSymbolicLink(linkedFolder, Path.GetDirectoryName(store)!);
        var throughLink = Path.Combine(linkedFolder, Path.GetFileName(store) + ".index");
        var withDots = Path.Combine(Path.GetDirectoryName(store)!, "..", Path.GetFileName(Path.GetDirectoryName(store)!), Path.GetFileName(store));

        Should.Throw<StoreException>(() => new StoreBackup(test.Library.Store).Write(throughLink)).Message.ShouldContain("belongs to the live store");
        Should.Throw<StoreException>(() => new StoreBackup(test.Library.Store).Write(withDots)).Message.ShouldContain("belongs to the live store");
    }

    [Fact]
    public void The_chat_state_file_the_bot_has_open_is_never_a_backup_target()
    {
        using var test = new TestLibrary();
        NumberedArticles.Add(test, 1);
        var statePath = _backups.File("chat-state.db");
        var link = _backups.File("state-link.db");
        byte[] before;
        using (var state = BriefingBot.Chat.State.ChatStateStore.Open(statePath))
        {
            state.Set("telegram.offset", "41");
            before = File.ReadAllBytes(statePath);
            File.CreateSymbolicLink(link, statePath);

            Should.Throw<StoreException>(() => new StoreBackup(test.Library.Store).Write(statePath)).Message.ShouldContain("which the running bot has open");
            Should.Throw<StoreException>(() => new StoreBackup(test.Library.Store).Write(link)).Message.ShouldContain("which the running bot has open");
            File.ReadAllBytes(statePath).ShouldBe(before);
        }

        // Closed, it is released (the CLI still refuses the configured one).
        new StoreBackup(test.Library.Store).Write(statePath).Articles.ShouldBe(1);
    }

    [Fact]
    public void A_backup_into_a_missing_folder_names_the_folder()
    {
        using var test = new TestLibrary();
        var folder = _backups.File("missing");

        var error = Should.Throw<StoreException>(() => new StoreBackup(test.Library.Store).Write(Path.Combine(folder, "copy.db")));

        error.Message.ShouldContain($"The folder {folder} for the backup");
    }

    [Fact]
    public void A_backup_onto_a_folder_asks_for_a_file_name()
    {
        using var test = new TestLibrary();

        var error = Should.Throw<StoreException>(() => new StoreBackup(test.Library.Store).Write(_backups.Path));

        error.Message.ShouldContain("is a folder; give a file name");
    }

    private static string WithoutExportedAt(BriefingStore store)
    {
        using var output = new MemoryStream();
        new StoreTransfer(store).Export(output);
        var node = JsonNode.Parse(Encoding.UTF8.GetString(output.ToArray()))!.AsObject();
        node.Remove("exportedAt");
        return node.ToJsonString();
    }
}
