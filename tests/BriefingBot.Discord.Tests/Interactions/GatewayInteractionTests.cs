using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Discord.Interactions;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Interactions;

public sealed class GatewayInteractionTests
{
    private static void ShouldBeEphemeral(JsonElement callback)
    {
        callback.GetProperty("type").GetInt32().ShouldBe(4);
        (callback.GetProperty("data").GetProperty("flags").GetInt32() & 64).ShouldBe(64);
    }

    [Fact]
    public async Task Ask_is_deferred_then_answered_with_an_embed_holding_the_cited_Peskov_quote()
    {
        await using var bot = await BotHarness.StartAsync();
        var ask = InteractionPayloads.SlashCommand("ask", ("question", "what did Peskov say about bans"));
        await bot.SendAsync(ask);

        var deferred = await bot.AnswerAsync(ask, "callback");
        deferred.Body!.Value.GetProperty("type").GetInt32().ShouldBe(5);

        var edit = (await bot.AnswerAsync(ask, "@original")).Body!.Value;
        var embed = edit.GetProperty("embeds")[0];
        var field = embed.GetProperty("fields")[0];
        field.GetProperty("name").GetString()!.ShouldContain("Dmitry Peskov");
        field.GetProperty("value").GetString()!.ShouldContain("bans");
        field.GetProperty("value").GetString()!.ShouldContain("](https://news.example/");
        edit.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength().ShouldBe(0);

        // Seven Peskov quotes page at five: a "More" button with a short custom_id.
        var button = edit.GetProperty("components")[0].GetProperty("components")[0];
        button.GetProperty("label").GetString()!.ShouldStartWith("More");
        button.GetProperty("custom_id").GetString()!.Length.ShouldBeLessThanOrEqualTo(100);
    }

    [Fact]
    public async Task More_pages_through_the_rest_of_the_answer()
    {
        await using var bot = await BotHarness.StartAsync();
        var ask = InteractionPayloads.SlashCommand("ask", ("question", "what did Peskov say about bans"));
        await bot.SendAsync(ask);
        var first = (await bot.AnswerAsync(ask, "@original")).Body!.Value;
        var customId = first.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;

        var more = InteractionPayloads.Button(customId);
        await bot.SendAsync(more);
        (await bot.AnswerAsync(more, "callback")).Body!.Value.GetProperty("type").GetInt32().ShouldBe(5);
        var next = (await bot.AnswerAsync(more, "@original")).Body!.Value;
        next.GetProperty("embeds")[0].GetRawText().ShouldContain("Peskov");
    }

    [Fact]
    public async Task A_stale_button_gets_a_short_reply_only_its_user_sees()
    {
        await using var bot = await BotHarness.StartAsync();
        var stale = InteractionPayloads.Button("more:forged");
        await bot.SendAsync(stale);
        await bot.AnswerAsync(stale, "delete");
        var followup = (await bot.AnswerAsync(stale, "followup")).Body!.Value;
        (followup.GetProperty("flags").GetInt32() & 64).ShouldBe(64);
        followup.GetProperty("content").GetString()!.ShouldContain("no longer valid");
    }

    [Fact]
    public async Task Speaker_autocomplete_offers_matching_speakers_from_the_store()
    {
        await using var bot = await BotHarness.StartAsync();
        var typing = InteractionPayloads.Autocomplete("quotes", "speaker", "pes");
        await bot.SendAsync(typing);
        var result = (await bot.AnswerAsync(typing, "callback")).Body!.Value;
        result.GetProperty("type").GetInt32().ShouldBe(8);
        var choices = result.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        choices.ShouldContain("Dmitry Peskov");
        choices.ShouldNotContain("Sergey Lavrov");
        choices.Count.ShouldBeLessThanOrEqualTo(25);
    }

    [Fact]
    public async Task Quotes_with_a_speaker_and_topic_answers_from_that_speaker()
    {
        await using var bot = await BotHarness.StartAsync();
        var quotes = InteractionPayloads.SlashCommand("quotes", ("speaker", "Dmitry Peskov"), ("topic", "fines"));
        await bot.SendAsync(quotes);
        var edit = (await bot.AnswerAsync(quotes, "@original")).Body!.Value;
        edit.GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("value").GetString()!.ShouldContain("Fines");
    }

    [Fact]
    public async Task Find_quotes_on_this_asks_with_the_message_text()
    {
        await using var bot = await BotHarness.StartAsync();
        var command = InteractionPayloads.MessageCommand(SlashCommands.FindQuotes, "Peskov on bans");
        await bot.SendAsync(command);
        var edit = (await bot.AnswerAsync(command, "@original")).Body!.Value;
        edit.GetRawText().ShouldContain("Peskov");
    }

    [Theory]
    [InlineData("nosuch")]
    [InlineData("ask")]
    public async Task Unknown_commands_and_missing_options_get_an_ephemeral_reply(string name)
    {
        await using var bot = await BotHarness.StartAsync();
        var command = InteractionPayloads.SlashCommand(name);
        await bot.SendAsync(command);
        ShouldBeEphemeral((await bot.AnswerAsync(command, "callback")).Body!.Value);
    }

    [Fact]
    public async Task An_oversized_option_is_refused_briefly_and_ephemerally()
    {
        await using var bot = await BotHarness.StartAsync();
        var command = InteractionPayloads.SlashCommand("quotes", ("speaker", new string('x', 5000)));
        await bot.SendAsync(command);
        var reply = (await bot.AnswerAsync(command, "callback")).Body!.Value;
        ShouldBeEphemeral(reply);
        reply.GetProperty("data").GetProperty("content").GetString()!.Length.ShouldBeLessThan(200);
    }

    [Fact]
    public async Task Everyone_and_role_mentions_echoed_back_ping_nobody()
    {
        await using var bot = await BotHarness.StartAsync();
        var command = InteractionPayloads.SlashCommand("quotes", ("speaker", "@everyone <@&123>"), ("topic", "@here"));
        await bot.SendAsync(command);
        await bot.AnswerAsync(command, "followup");
        var messages = bot.Fake.SentMessages();
        messages.ShouldNotBeEmpty();
        messages.ShouldAllBe(m => m.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength() == 0);
        var texts = messages.Select(m => m.TryGetProperty("content", out var c) ? c.GetString() : m.GetProperty("embeds").GetRawText()).ToList();
        texts.ShouldAllBe(t => !t!.Contains("<@&123>"));
        texts.ShouldContain(t => t!.Contains(@"\<@&123\>"));
    }

    [Fact]
    public async Task An_interaction_from_a_guild_never_seen_and_a_malformed_one_are_handled_without_a_crash()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Connection.SendDispatchAsync("INTERACTION_CREATE", new JsonObject { ["id"] = new JsonArray() });
        var help = InteractionPayloads.SlashCommand("help");
        help["guild_id"] = "123456789";
        await bot.SendAsync(help);
        var edit = (await bot.AnswerAsync(help, "@original")).Body!.Value;
        edit.GetRawText().ShouldContain("/ask");
    }

    [Fact]
    public async Task A_long_answer_is_split_within_the_limits_and_never_refused()
    {
        await using var bot = await BotHarness.StartAsync();
        for (var i = 0; i < 8; i++)
        {
            bot.Bed.Test.AddArticle($"Long article {i}", BriefingBot.Testing.Chat.ChatTestBed.March.AddDays(i),
                (string.Join(' ', Enumerable.Repeat($"Peskov said the bans on platforms were discussed at length number {i}", 30)), "Dmitry Peskov"));
        }

        var brief = InteractionPayloads.SlashCommand("brief", ("topic", "bans"));
        await bot.SendAsync(brief);
        await bot.AnswerAsync(brief, "@original");
        bot.Fake.Requests.ShouldAllBe(r => r.Method == "GET" || r.Method == "DELETE" || r.Path.EndsWith("/callback", StringComparison.Ordinal) || r.Body != null);
        bot.Fake.SentMessages().ShouldAllBe(m => DiscordMessageRules.Check(m).Count == 0);
    }

    [Fact]
    public async Task A_mention_of_the_bot_is_answered_as_a_reply_that_pings_nobody()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Connection.SendDispatchAsync("MESSAGE_CREATE", new JsonObject
        {
            ["id"] = "3000",
            ["channel_id"] = "600",
            ["guild_id"] = "500",
            ["content"] = "<@999> what did Peskov say about bans @everyone",
            ["author"] = new JsonObject { ["id"] = "77", ["username"] = "reader" },
            ["mentions"] = new JsonArray(new JsonObject { ["id"] = "999", ["username"] = "BriefingBot", ["bot"] = true }),
        });
        var reply = (await bot.Fake.WaitForRequestAsync(r => r.Path == "/channels/600/messages")).Body!.Value;
        reply.GetProperty("message_reference").GetProperty("message_id").GetString().ShouldBe("3000");
        reply.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength().ShouldBe(0);
        reply.GetRawText().ShouldContain("Peskov");
    }
}
