using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Chat.Catalog;
using BriefingBot.Testing.Chat;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Telegram.Tests.Hosting;

/// <summary>Files and replies reach commands: a document's caption is its text, the document its attachment.</summary>
public sealed class TelegramDocumentTests : IAsyncLifetime
{
    private const long Chat = 5001;
    private readonly ChatTestBed _bed = new();
    private readonly RecordingCommand _add = new(new ChatCommandInfo("add", "Adds an article", [
        new ChatCommandOption("file", "the article as a file", Required: false, MaxLength: 0) { Type = ChatOptionType.Attachment },
        new ChatCommandOption("text", "the article's text or link", Required: false, MaxLength: 4000),
    ]));

    private FakeTelegramServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _bed.With(_add);
        _server = await FakeTelegramServer.StartAsync(_bed.Time, cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _bed.Dispose();
    }

    [Fact]
    public async Task A_document_captioned_with_a_command_arrives_as_that_command_with_the_file_attached()
    {
        var content = Encoding.UTF8.GetBytes("Harbour council votes to rebuild the pier.");
        await using var bot = await new TelegramBotHarness(_bed, _server).StartAsync();

        _server.PushDocument(Chat, "pier.txt", "text/plain", content, caption: "/add");
        await WaitForReply();

        var attachment = _add.Handled.ShouldHaveSingleItem().Request.Attachments.ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("pier.txt");
        attachment.ContentType.ShouldBe("text/plain");
        attachment.Size.ShouldBe(content.Length);
        (await attachment.ReadAllAsync(TestContext.Current.CancellationToken)).ShouldBe(content);
        _server.Calls.ShouldContain(c => c.Method == "getFile");
    }

    [Fact]
    public async Task A_document_is_not_downloaded_until_a_handler_opens_it()
    {
        await using var bot = await new TelegramBotHarness(_bed, _server).StartAsync();

        _server.PushDocument(Chat, "pier.txt", "text/plain", new byte[10], caption: "/add");
        await WaitForReply();

        _server.Calls.ShouldNotContain(c => c.Method == "getFile" || c.Method == "downloadFile");
    }

    [Fact]
    public async Task A_command_replying_to_a_message_carries_the_replied_text()
    {
        await using var bot = await new TelegramBotHarness(_bed, _server).StartAsync();

        _server.PushMessage(Chat, "/add", extra: new JsonObject
        {
            ["reply_to_message"] = new JsonObject
            {
                ["message_id"] = 2,
                ["date"] = 1,
                ["chat"] = new JsonObject { ["id"] = Chat, ["type"] = "private" },
                ["from"] = new JsonObject { ["id"] = 8, ["is_bot"] = false, ["first_name"] = "Sam" },
                ["text"] = "The ferry will run twice a day, the harbour master said.",
            },
        });
        await WaitForReply();

        _add.Handled.ShouldHaveSingleItem().Request.RepliedText.ShouldBe("The ferry will run twice a day, the harbour master said.");
    }

    [Fact]
    public async Task A_document_pushed_through_the_control_api_reaches_the_command()
    {
        await using var bot = await new TelegramBotHarness(_bed, _server).StartAsync();
        using var http = new HttpClient();
        const string document = """{"chat_id": 5001, "file_name": "note.md", "mime_type": "text/markdown", "content": "# Pier", "caption": "/add"}""";

        using var pushed = await http.PostAsync(_server.BaseUrl.TrimEnd('/') + "/fake/documents",
            new StringContent(document, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        pushed.EnsureSuccessStatusCode();
        await WaitForReply();

        var attachment = _add.Handled.ShouldHaveSingleItem().Request.Attachments.ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("note.md");
        (await attachment.ReadAllAsync(TestContext.Current.CancellationToken)).ShouldBe(Encoding.UTF8.GetBytes("# Pier"));
    }

    private Task WaitForReply() =>
        _server.WaitForAsync(s => s.Sent.Any(c => c.Text == RecordingCommand.Reply), between: () => _bed.Time.Advance(TimeSpan.FromMilliseconds(250)));
}
