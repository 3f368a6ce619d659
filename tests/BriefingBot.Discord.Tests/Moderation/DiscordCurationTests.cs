using System.Text.Json;
using BriefingBot.Core.Storage;
using BriefingBot.Discord.Moderation;
using BriefingBot.Discord.Tests.Interactions;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Moderation;

/// <summary>The moderators' real commands through the Discord adapter and the fake Discord, over a real library file.</summary>
public sealed class DiscordCurationTests
{
    private const string Member = "77";
    private const string ManageServer = "32";

    /// <summary>A made-up article of our own with one quote from a named speaker.</summary>
    private const string Article = """
        Tram line to the university opens a month early

        The new tram line between the station and the university campus opened on Monday, a month ahead of the plan.

        "Students asked for this line for ten years, and now it runs every six minutes," said Petra Novak, the city's transport councillor.
        """;

    [Fact]
    public async Task A_member_without_manage_server_a_moderator_role_or_a_listed_id_is_refused_summary_and_nothing_changes()
    {
        await using var bot = await BotHarness.StartAsync(new DiscordModerators(new HashSet<string> { "88" }, new HashSet<string> { "4242" }));
        var store = Store(bot);
        var article = store.ListArticles()[0];
        var command = InteractionPayloads.SlashCommand("summary", ("article", article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("text", "Not for this member to say."))
            .From(Member, "0", "999");

        await bot.SendAsync(command);
        var reply = (await bot.AnswerAsync(command, "callback")).Body!.Value;

        reply.GetRawText().ShouldContain("Only moderators can use /summary.");
        store.GetArticle(article.Id)!.Summary.ShouldBe(article.Summary);
        store.LatestAudit(10).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_member_who_can_manage_the_server_adds_text_and_gets_a_preview_with_publish_and_discard_buttons()
    {
        await using var bot = await BotHarness.StartAsync();
        var command = InteractionPayloads.SlashCommand("add", ("article", Article)).From(Member, ManageServer);

        await bot.SendAsync(command);
        var preview = (await bot.AnswerAsync(command, "@original")).Body!.Value;

        var text = BotHarness.AllText(preview);
        text.ShouldContain("Tram line to the university opens a month early");
        text.ShouldContain("Petra Novak");
        Buttons(preview).Select(b => b.GetProperty("label").GetString()).ShouldBe(["Publish", "Discard"]);
        Store(bot).PendingPreviews().Single().Article.Title.ShouldBe("Tram line to the university opens a month early");
    }

    [Fact]
    public async Task A_member_who_can_manage_the_server_pressing_publish_makes_the_quotes_searchable()
    {
        await using var bot = await BotHarness.StartAsync();
        var add = InteractionPayloads.SlashCommand("add", ("article", Article)).From(Member, ManageServer);
        await bot.SendAsync(add);
        var publish = Buttons((await bot.AnswerAsync(add, "@original")).Body!.Value)[0].GetProperty("custom_id").GetString()!;

        var press = InteractionPayloads.Button(publish).From(Member, ManageServer);
        await bot.SendAsync(press);
        var published = (await bot.AnswerAsync(press, "@original")).Body!.Value;

        BotHarness.AllText(published).ShouldContain("Published preview");
        Store(bot).PendingPreviews().ShouldBeEmpty();
        var ask = InteractionPayloads.SlashCommand("ask", ("question", "what did Petra Novak say about the tram line"));
        await bot.SendAsync(ask);
        BotHarness.AllText((await bot.AnswerAsync(ask, "@original")).Body!.Value).ShouldContain("Students asked for this line for ten years");
    }

    private static BriefingStore Store(BotHarness bot) => bot.Bed.Test.Library.Store;

    private static List<JsonElement> Buttons(JsonElement message) =>
        message.GetProperty("components").EnumerateArray().SelectMany(row => row.GetProperty("components").EnumerateArray()).ToList();
}
