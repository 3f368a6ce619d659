using BriefingBot.Chat.Rendering;

namespace BriefingBot.Chat.Tests;

public sealed class ChatDispatcherTests : ChatBedTests
{
    [Fact]
    public async Task Ask_answers_with_cited_peskov_quotes()
    {
        var reply = await Handle(ChatRequests.Message("/ask what did Peskov say about bans"));

        var excerpts = reply!.Blocks.OfType<ExcerptBlock>().ToList();
        excerpts.ShouldNotBeEmpty();
        excerpts.ShouldAllBe(e => e.Speaker == "Dmitry Peskov");
        excerpts[0].Citation.Url.ShouldStartWith("https://news.example/");
        excerpts[0].Citation.Outlet.ShouldBe("Example News");
        reply.IsError.ShouldBeFalse();
    }

    [Fact]
    public async Task A_plain_message_in_a_private_chat_is_a_question()
    {
        var reply = await Handle(ChatRequests.Message("what did Peskov say about bans"));

        reply!.Blocks.OfType<ExcerptBlock>().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_plain_message_in_a_group_is_left_alone_unless_it_mentions_or_replies_to_the_bot()
    {
        var group = ChatRequests.Message("what did Peskov say about bans", ChatKind.Group);

        (await Handle(group)).ShouldBeNull();
        (await Handle(group with { UpdateId = "m1", MentionsBot = true }))!.Blocks.OfType<ExcerptBlock>().ShouldNotBeEmpty();
        (await Handle(group with { UpdateId = "r1", IsReplyToBot = true }))!.Blocks.OfType<ExcerptBlock>().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_redelivered_update_is_answered_once()
    {
        var request = ChatRequests.Message("/ask Peskov on bans");

        (await Handle(request)).ShouldNotBeNull();
        (await Handle(request)).ShouldBeNull();
    }

    [Fact]
    public async Task A_redelivered_update_is_answered_once_across_a_restart()
    {
        var request = ChatRequests.Message("/ask Peskov on bans");
        (await Handle(request)).ShouldNotBeNull();

        Bed.Restart();

        (await Handle(request)).ShouldBeNull();
    }

    [Fact]
    public async Task Structured_options_work_like_text_arguments()
    {
        var request = ChatRequests.Message("") with { Text = null, Command = "quotes", Options = new Dictionary<string, string> { ["speaker"] = "Peskov", ["topic"] = "bans" } };

        var reply = await Handle(request);

        reply!.Blocks.OfType<ExcerptBlock>().ShouldAllBe(e => e.Speaker == "Dmitry Peskov");
    }

    [Fact]
    public async Task An_unknown_structured_command_in_a_group_gets_a_reply()
    {
        var request = ChatRequests.Message("", ChatKind.Group) with { Text = null, Command = "frobnicate", MentionsBot = true };

        var reply = await Handle(request);

        reply!.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldBe("I don't know /frobnicate. Try /help.");
    }

    [Fact]
    public async Task A_malformed_structured_command_name_is_not_echoed()
    {
        var request = ChatRequests.Message("") with { Text = null, Command = "<b>@everyone</b>" };

        PlainTextRenderer.Render((await Handle(request))!).ShouldBe("I don't know that command. Try /help.");
    }

    [Fact]
    public async Task An_oversized_structured_option_is_refused()
    {
        var request = ChatRequests.Message("") with { Text = null, Command = "quotes", Options = new Dictionary<string, string> { ["speaker"] = new('x', 5000) } };

        PlainTextRenderer.Render((await Handle(request))!).ShouldBe(ChatDispatcher.TooLongMessage);
    }

    [Theory]
    [InlineData("/ask", "Ask a question after /ask")]
    [InlineData("/ask    ", "Ask a question after /ask")]
    [InlineData("/frobnicate", "I don't know /frobnicate. Try /help.")]
    [InlineData("/brief", "Name a topic after /brief")]
    [InlineData("/quotes", "Name someone after /quotes")]
    [InlineData("/quotes Zorblax bans", "I have no one called Zorblax")]
    [InlineData("/article", "Give an article number")]
    [InlineData("/article abc", "Give an article number")]
    [InlineData("/article 99999", "There is no article 99999")]
    [InlineData("/article -1", "Give an article number")]
    public async Task Bad_commands_get_a_short_clear_reply(string text, string expected)
    {
        var reply = await Handle(ChatRequests.Message(text));

        reply!.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldStartWith(expected);
    }

    [Fact]
    public async Task A_ten_thousand_character_message_is_refused_in_one_line()
    {
        var reply = await Handle(ChatRequests.Message(new string('a', 10_000)));

        reply!.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldBe(ChatDispatcher.TooLongMessage);
    }

    [Fact]
    public async Task A_question_over_the_engines_limit_gets_its_message()
    {
        var reply = await Handle(ChatRequests.Message("/ask " + string.Join(' ', Enumerable.Repeat("bans", 200))));

        reply!.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldContain("please keep it under 300");
    }

    [Fact]
    public async Task A_message_of_only_emoji_gets_a_hint()
    {
        var reply = await Handle(ChatRequests.Message("😀😀🎉"));

        PlainTextRenderer.Render(reply!).ShouldContain("for example: what did Peskov say about bans");
    }

    [Fact]
    public async Task A_sticker_gets_a_hint_in_private_and_silence_in_a_group()
    {
        var sticker = ChatRequests.Message("") with { Text = null, HasNonTextContent = true };

        PlainTextRenderer.Render((await Handle(sticker))!).ShouldBe(ChatDispatcher.TextOnlyMessage);
        (await Handle(sticker with { UpdateId = "g", ChatKind = ChatKind.Group })).ShouldBeNull();
    }

    [Fact]
    public async Task Channel_posts_and_unknown_commands_in_groups_get_silence()
    {
        (await Handle(ChatRequests.Message("/ask bans", ChatKind.Channel))).ShouldBeNull();
        (await Handle(ChatRequests.Message("/frobnicate", ChatKind.Group))).ShouldBeNull();
    }

    [Fact]
    public async Task Help_lists_every_visible_command()
    {
        var text = PlainTextRenderer.Render((await Handle(ChatRequests.Message("/help")))!);

        foreach (var command in Bed.Dispatcher.Catalog.Visible)
        {
            text.ShouldContain("/" + command.Name);
        }

        text.ShouldNotContain("/start");
    }
}
