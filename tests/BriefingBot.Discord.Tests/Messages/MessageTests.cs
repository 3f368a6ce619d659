using System.Text.Json;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Messages;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Messages;

public sealed class MessageTests
{
    private static JsonElement Json(object value) => JsonDocument.Parse(JsonSerializer.Serialize(value, value.GetType(), DiscordJson.Options)).RootElement;

    private static void ShouldPingNobody(JsonElement message) =>
        message.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength().ShouldBe(0);

    [Fact]
    public void Every_message_carries_allowed_mentions_with_an_empty_parse()
    {
        ShouldPingNobody(Json(new DiscordMessage()));
        ShouldPingNobody(Json(DiscordMessage.Text("@everyone look <@&123>")));
        ShouldPingNobody(Json(new DiscordMessage { Embeds = [new EmbedBuilder().WithTitle("t").Build()] } with { Flags = MessageFlags.Ephemeral }));
        ShouldPingNobody(Json(InteractionResponse.Message(DiscordMessage.Text("hi"))).GetProperty("data"));
    }

    [Fact]
    public void An_embed_sends_only_discord_fields_not_our_length_count()
    {
        var embed = Json(new EmbedBuilder().WithTitle("t").WithDescription("d").Build());

        embed.TryGetProperty("counted_length", out _).ShouldBeFalse();
        embed.GetProperty("title").GetString().ShouldBe("t");
    }

    [Fact]
    public void Allowed_mentions_cannot_be_set_or_built_otherwise()
    {
        typeof(DiscordMessage).GetProperty(nameof(DiscordMessage.AllowedMentions))!.CanWrite.ShouldBeFalse();
        typeof(AllowedMentions).GetConstructors().ShouldBeEmpty();
        typeof(AllowedMentions).GetProperty(nameof(AllowedMentions.Parse))!.CanWrite.ShouldBeFalse();
    }

    [Fact]
    public void Embed_pieces_are_trimmed_to_their_limits()
    {
        var embed = new EmbedBuilder()
            .WithTitle(new string('t', 300))
            .WithDescription(new string('d', 5000))
            .WithFooter(new string('f', 3000))
            .WithAuthor(new string('a', 300))
            .Build();
        embed.Title!.Length.ShouldBe(DiscordLimits.EmbedTitle);
        embed.Title.ShouldEndWith(DiscordText.Ellipsis);
        embed.Description!.Length.ShouldBe(DiscordLimits.EmbedDescription);
        embed.Footer!.Text.Length.ShouldBe(DiscordLimits.FooterText);
        embed.Author!.Name.Length.ShouldBe(DiscordLimits.AuthorName);

        var field = EmbedBuilder.Field(new string('n', 400), new string('v', 2000));
        field.Name.Length.ShouldBe(DiscordLimits.FieldName);
        field.Value.Length.ShouldBe(DiscordLimits.FieldValue);
        EmbedBuilder.Field(" ", "").Value.ShouldBe(EmbedBuilder.ZeroWidth);
    }

    [Fact]
    public void A_field_never_goes_past_25_or_the_6000_total()
    {
        var builder = new EmbedBuilder();
        for (var i = 0; i < 25; i++)
        {
            builder.TryAddField(EmbedBuilder.Field("n", "v")).ShouldBeTrue();
        }

        builder.TryAddField(EmbedBuilder.Field("n", "v")).ShouldBeFalse();
        var big = new EmbedBuilder().WithDescription(new string('d', 4096));
        big.TryAddField(EmbedBuilder.Field("n", new string('v', 1024))).ShouldBeTrue();
        big.TryAddField(EmbedBuilder.Field("n", new string('v', 1000))).ShouldBeFalse();
    }

    [Fact]
    public void Sixty_long_quotes_become_several_messages_each_within_every_limit()
    {
        var builder = new EmbedMessageBuilder().WithTitle(new string('T', 400));
        for (var i = 0; i < 60; i++)
        {
            builder.AddField($"Speaker {i}", new string('q', 1100));
        }

        var messages = builder.Build([new ActionRow([Button.Action("More", "more:1")])]);
        messages.Count.ShouldBeGreaterThan(10);
        messages.Sum(m => m.Embeds!.Single().Fields!.Count).ShouldBe(60);
        foreach (var message in messages)
        {
            DiscordMessageRules.Check(Json(message)).ShouldBeEmpty();
        }

        messages[0].Embeds![0].Title.ShouldNotBeNull();
        messages.Skip(1).ShouldAllBe(m => m.Embeds![0].Title == null);
        messages[^1].Components.ShouldNotBeNull();
        messages.SkipLast(1).ShouldAllBe(m => m.Components == null);
    }

    [Fact]
    public void A_paragraph_longer_than_a_description_is_split_between_words_and_nothing_is_lost()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2500).Select(i => $"word{i}"));
        var messages = new EmbedMessageBuilder().AddParagraph(words).AddParagraph("last").Build();
        messages.Count.ShouldBeGreaterThan(1);
        foreach (var message in messages)
        {
            DiscordMessageRules.Check(Json(message)).ShouldBeEmpty();
        }

        var rebuilt = string.Join(' ', messages.Select(m => m.Embeds![0].Description)).Replace("\n\n", " ", StringComparison.Ordinal);
        rebuilt.Split(' ').ShouldBe(words.Split(' ').Append("last"));
    }

    [Fact]
    public void Truncation_never_splits_a_character_and_prefers_a_word_boundary()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 10));
        var cut = DiscordText.Truncate(emoji, 6);
        cut.Length.ShouldBeLessThanOrEqualTo(6);
        char.IsHighSurrogate(cut[^2]).ShouldBeFalse();

        DiscordText.Truncate("the quick brown fox jumps", 18).ShouldBe("the quick brown…");
        DiscordText.Truncate("  short  ", 10).ShouldBe("short");
    }

    [Fact]
    public void Markdown_and_mentions_in_text_are_escaped_and_links_only_take_web_urls()
    {
        DiscordText.Escape("*bold* <@123> [x](y)").ShouldBe(@"\*bold\* \<@123\> \[x\]\(y\)");
        DiscordText.Link("Outlet", "https://news.example/a(b)").ShouldBe("[Outlet](https://news.example/a%28b%29)");
        DiscordText.Link("Outlet", "javascript:alert(1)").ShouldBe("Outlet");
    }

    [Fact]
    public void Custom_ids_over_100_characters_are_refused_on_construction()
    {
        Should.Throw<ArgumentException>(() => Button.Action("More", new string('x', 101)));
        Button.Action(new string('l', 100), "ok").Label.Length.ShouldBe(DiscordLimits.ButtonLabel);
    }
}
