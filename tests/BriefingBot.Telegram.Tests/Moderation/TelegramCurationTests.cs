using System.Text;
using BriefingBot.Core.Storage;
using BriefingBot.Testing.Chat;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Telegram.Tests.Moderation;

/// <summary>The moderators' real commands through the Telegram adapter and the fake Bot API, over a real library file.</summary>
public sealed class TelegramCurationTests : IAsyncLifetime
{
    private const long Chat = 5001;

    /// <summary>A made-up article of our own with one quote from a named speaker.</summary>
    private const string Article = """
        Tram line to the university opens a month early

        The new tram line between the station and the university campus opened on Monday, a month ahead of the plan.

        "Students asked for this line for ten years, and now it runs every six minutes," said Petra Novak, the city's transport councillor.
        """;

    private readonly ChatTestBed _bed = new ChatTestBed().WithPeskovArticles();
    private FakeTelegramServer _server = null!;

    private BriefingStore Store => _bed.Test.Library.Store;

    public async ValueTask InitializeAsync() =>
        _server = await FakeTelegramServer.StartAsync(_bed.Time, cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _bed.Dispose();
    }

    [Fact]
    public async Task A_summary_from_someone_who_does_not_moderate_is_refused_and_the_article_is_unchanged()
    {
        var article = Store.ListArticles()[0];
        await using var bot = await StartWithModerators("123");

        _server.PushMessage(Chat, $"/summary {article.Id} A summary nobody asked for.");
        var reply = await NextReply();

        reply.ShouldBe("<i>Only moderators can use /summary.</i>");
        Store.GetArticle(article.Id)!.Summary.ShouldBe(article.Summary);
        Store.LatestAudit(10).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_article_added_by_someone_who_does_not_moderate_is_refused_and_nothing_is_stored()
    {
        var articles = Store.ArticleCount;
        await using var bot = await StartWithModerators("123");

        _server.PushMessage(Chat, "/add " + Article);
        var reply = await NextReply();

        reply.ShouldBe("<i>Only moderators can use /add.</i>");
        Store.PendingPreviews().ShouldBeEmpty();
        Store.ArticleCount.ShouldBe(articles);
        Store.LatestAudit(10).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_moderators_text_file_captioned_add_gets_a_preview_with_publish_and_discard_buttons()
    {
        await using var bot = await StartWithModerators(FakeTelegramServer.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        _server.PushDocument(Chat, "tram.txt", "text/plain", Encoding.UTF8.GetBytes(Article), caption: "/add");
        var reply = await NextReply();

        reply.ShouldContain("Tram line to the university opens a month early");
        reply.ShouldContain("Students asked for this line for ten years");
        reply.ShouldContain("Petra Novak");
        var buttons = _server.Sent[0].Body["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(row => row!.AsArray()).Select(b => (string)b!["text"]!);
        buttons.ShouldBe(["Publish", "Discard"]);
        Store.PendingPreviews().Single().Article.Title.ShouldBe("Tram line to the university opens a month early");
    }

    [Fact]
    public async Task A_moderator_pressing_publish_under_the_preview_makes_the_quotes_searchable()
    {
        await using var bot = await StartWithModerators(FakeTelegramServer.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _server.PushDocument(Chat, "tram.txt", "text/plain", Encoding.UTF8.GetBytes(Article), caption: "/add");
        await NextReply();
        var publish = _server.Sent[0].Body["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>();

        _server.PushCallback(Chat, publish);
        await _server.WaitForAsync(s => s.Sent.Count >= 2, between: () => _bed.Time.Advance(TimeSpan.FromMilliseconds(250)));
        _server.PushMessage(Chat, "/ask what did Petra Novak say about the tram line");
        await _server.WaitForAsync(s => s.Sent.Count >= 3, between: () => _bed.Time.Advance(TimeSpan.FromMilliseconds(250)));

        _server.Sent[1].Text!.ShouldContain("Published preview");
        _server.Sent[2].Text!.ShouldContain("Students asked for this line for ten years");
        _server.Sent[2].Text!.ShouldContain("Petra Novak");
    }

    private Task<TelegramBotHarness> StartWithModerators(string ids) =>
        new TelegramBotHarness(_bed, _server, new Dictionary<string, string?> { ["Moderators"] = ids }).StartAsync();

    private async Task<string> NextReply()
    {
        await _server.WaitForAsync(s => s.Sent.Count >= 1, between: () => _bed.Time.Advance(TimeSpan.FromMilliseconds(250)));
        return _server.Sent[0].Text!;
    }
}
