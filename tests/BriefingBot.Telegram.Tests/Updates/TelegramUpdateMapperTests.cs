using BriefingBot.Chat;
using BriefingBot.Telegram.Updates;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TgChat = Telegram.Bot.Types.Chat;

namespace BriefingBot.Telegram.Tests.Updates;

public sealed class TelegramUpdateMapperTests
{
    private static readonly User Person = new() { Id = 7, FirstName = "Tess", LanguageCode = "de" };
    private static readonly User Bot = new() { Id = 99, IsBot = true, FirstName = "Briefing", Username = "ThisBot" };
    private readonly TelegramUpdateMapper _mapper;

    public TelegramUpdateMapperTests()
    {
        var identity = new BotIdentity();
        identity.Set(Bot.Id, Bot.Username);
        _mapper = new TelegramUpdateMapper(identity);
    }

    private static Update Text(string? text, ChatType type = ChatType.Supergroup, User? from = null, Message? replyTo = null) => new()
    {
        Id = 31,
        Message = new Message { Id = 5, Date = DateTime.UtcNow, Chat = new TgChat { Id = -100, Type = type }, From = from ?? Person, Text = text, ReplyToMessage = replyTo },
    };

    [Theory]
    [InlineData("/ask@OtherBot bans")]
    [InlineData("/help@otherbot")]
    public void Commands_for_another_bot_are_dropped(string text) => _mapper.Map(Text(text)).ShouldBeNull();

    [Fact]
    public void A_command_for_this_bot_is_addressed_and_loses_the_suffix()
    {
        var request = _mapper.Map(Text("/Ask@thisbot what did Peskov say"))!;

        request.Command.ShouldBe("ask");
        request.Args.ShouldBe("what did Peskov say");
        request.MentionsBot.ShouldBeTrue();
        request.ChatKind.ShouldBe(ChatKind.Group);
        request.UpdateId.ShouldBe("31");
        request.Locale.ShouldBe("de");
    }

    [Fact]
    public void A_mention_addresses_the_bot_and_is_taken_out_of_the_question()
    {
        var request = _mapper.Map(Text("@ThisBot what did Peskov say about bans"))!;

        request.Text.ShouldBe("what did Peskov say about bans");
        request.MentionsBot.ShouldBeTrue();
    }

    [Fact]
    public void A_reply_to_the_bot_is_marked()
    {
        var earlier = new Message { Id = 1, Date = DateTime.UtcNow, Chat = new TgChat { Id = -100, Type = ChatType.Supergroup }, From = Bot, Text = "x" };

        _mapper.Map(Text("and on fines?", replyTo: earlier))!.IsReplyToBot.ShouldBeTrue();
    }

    [Fact]
    public void Edits_channel_posts_and_messages_from_bots_are_dropped()
    {
        var message = Text("/help").Message!;

        _mapper.Map(new Update { Id = 1, EditedMessage = message }).ShouldBeNull();
        _mapper.Map(new Update { Id = 2, ChannelPost = message }).ShouldBeNull();
        _mapper.Map(Text("/help", from: Bot)).ShouldBeNull();
    }

    [Fact]
    public void A_message_without_text_is_marked_as_such()
    {
        var request = _mapper.Map(Text(null, ChatType.Private))!;

        request.HasNonTextContent.ShouldBeTrue();
        request.Text.ShouldBeNull();
        request.ChatKind.ShouldBe(ChatKind.Private);
    }
}
