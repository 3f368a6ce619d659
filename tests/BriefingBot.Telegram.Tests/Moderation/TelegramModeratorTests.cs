using BriefingBot.Chat.Catalog;
using BriefingBot.Testing.Chat;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Telegram.Tests.Moderation;

/// <summary>Who moderates on Telegram: configured user ids, and the administrators of configured chats (asked once while cached).</summary>
public sealed class TelegramModeratorTests : IAsyncLifetime
{
    private const long Chat = 5001;
    private const long StaffChat = -100500;
    private readonly ChatTestBed _bed = new();
    private readonly RecordingCommand _summary = new(new ChatCommandInfo("summary", "Sets a summary", []) { Permission = ChatPermission.Moderator });
    private FakeTelegramServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _bed.With(_summary);
        _server = await FakeTelegramServer.StartAsync(_bed.Time, cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _bed.Dispose();
    }

    [Fact]
    public async Task A_listed_user_is_a_moderator()
    {
        await using var bot = await Start(("Moderators", $"123, {FakeTelegramServer.UserId}"));

        var reply = await Ask();

        reply.ShouldBe(RecordingCommand.Reply);
        _summary.Handled.ShouldHaveSingleItem().Request.IsModerator.ShouldBeTrue();
    }

    [Fact]
    public async Task A_user_not_listed_is_refused_a_moderator_command()
    {
        await using var bot = await Start(("Moderators", "123"));

        var reply = await Ask();

        reply.ShouldContain("Only moderators");
        _summary.Handled.ShouldBeEmpty();
    }

    [Fact]
    public async Task Nobody_moderates_when_nothing_is_configured()
    {
        await using var bot = await Start();

        (await Ask()).ShouldContain("Only moderators");
        _server.Calls.ShouldNotContain(c => c.Method == "getChatAdministrators");
    }

    [Fact]
    public async Task An_administrator_of_a_configured_chat_is_a_moderator_and_the_chat_is_asked_once_while_cached()
    {
        _server.SetAdministrators(StaffChat, 1, FakeTelegramServer.UserId);
        await using var bot = await Start(("ModeratorChats", StaffChat.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        (await Ask()).ShouldBe(RecordingCommand.Reply);
        (await Ask(2)).ShouldBe(RecordingCommand.Reply);

        _summary.Handled.Count.ShouldBe(2);
        _server.Calls.Count(c => c.Method == "getChatAdministrators").ShouldBe(1);
    }

    [Fact]
    public async Task The_administrators_are_asked_again_once_the_cache_expires()
    {
        _server.SetAdministrators(StaffChat, 1, FakeTelegramServer.UserId);
        await using var bot = await Start(("ModeratorChats", StaffChat.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("ModeratorCacheTime", "00:05:00"));
        await Ask();
        _server.SetAdministrators(StaffChat, 1);

        _bed.Time.Advance(TimeSpan.FromMinutes(6));

        (await Ask(2)).ShouldContain("Only moderators");
        _server.Calls.Count(c => c.Method == "getChatAdministrators").ShouldBe(2);
    }

    [Fact]
    public async Task A_member_who_is_not_an_administrator_of_the_configured_chat_is_not_a_moderator()
    {
        _server.SetAdministrators(StaffChat, 1, 2);
        await using var bot = await Start(("ModeratorChats", StaffChat.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        (await Ask()).ShouldContain("Only moderators");
    }

    [Fact]
    public async Task A_chat_that_cannot_be_asked_makes_no_one_a_moderator_and_is_logged()
    {
        await using var bot = await Start(("ModeratorChats", "-100999"));

        (await Ask()).ShouldContain("Only moderators");
        bot.Logs.Lines.ShouldContain(l => l.Contains("-100999") && l.Contains("chat not found"));
    }

    [Fact]
    public async Task A_moderator_setting_that_is_not_ids_stops_the_start_naming_it()
    {
        var error = await Should.ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>(async () =>
        {
            await using var bot = await Start(("Moderators", "tess"));
        });

        error.Message.ShouldContain("Moderators");
    }

    private Task<TelegramBotHarness> Start(params (string Key, string Value)[] settings) =>
        new TelegramBotHarness(_bed, _server, settings.ToDictionary(s => s.Key, s => (string?)s.Value)).StartAsync();

    private async Task<string> Ask(int count = 1)
    {
        _server.PushMessage(Chat, "/summary");
        await _server.WaitForAsync(s => s.Sent.Count >= count, between: () => _bed.Time.Advance(TimeSpan.FromMilliseconds(250)));
        return _server.Sent[count - 1].Text!;
    }
}
