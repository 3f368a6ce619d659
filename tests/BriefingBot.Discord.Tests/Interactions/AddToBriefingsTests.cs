using System.Text;
using BriefingBot.Chat.Catalog;
using BriefingBot.Discord.Interactions;
using BriefingBot.Testing.Chat;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Interactions;

/// <summary>The "Add to briefings" message command runs /add with the message's first link, its text and its files.</summary>
public sealed class AddToBriefingsTests
{
    private static RecordingCommand Add() => new(new ChatCommandInfo("add", "Adds an article", [
        new ChatCommandOption("source", "a link or the article's text", Required: false, MaxLength: 4000),
    ]));

    [Fact]
    public async Task The_command_runs_add_with_the_first_link_and_the_message_text()
    {
        var add = Add();
        await using var bot = await BotHarness.StartAsync(command: add);
        const string text = "Worth keeping: https://news.example/harbour/pier-vote, and https://news.example/other too.";
        var command = InteractionPayloads.MessageCommand(SlashCommands.AddToBriefings, text);

        await bot.SendAsync(command);
        await bot.AnswerAsync(command, "@original");

        var context = add.Handled.ShouldHaveSingleItem();
        context.Request.Command.ShouldBe("add");
        context.Request.Args.ShouldBe("https://news.example/harbour/pier-vote");
        context.Request.RepliedText.ShouldBe(text);
        context.Arguments["source"].ShouldBe("https://news.example/harbour/pier-vote");
    }

    [Fact]
    public async Task A_message_without_a_link_runs_add_with_no_argument_and_its_text_and_files()
    {
        var add = Add();
        await using var bot = await BotHarness.StartAsync(command: add);
        var file = bot.Fake.AddAttachment("notes.txt", "text/plain", Encoding.UTF8.GetBytes("Ferry notes."));
        var command = InteractionPayloads.MessageCommand(SlashCommands.AddToBriefings, "The council met on Tuesday.", file);

        await bot.SendAsync(command);
        await bot.AnswerAsync(command, "@original");

        var request = add.Handled.ShouldHaveSingleItem().Request;
        request.Args.ShouldBe("");
        request.RepliedText.ShouldBe("The council met on Tuesday.");
        request.Attachments.ShouldHaveSingleItem().FileName.ShouldBe("notes.txt");
    }

    [Fact]
    public async Task The_command_is_registered_only_when_the_catalog_has_add()
    {
        await using var bot = await BotHarness.StartAsync();
        var catalog = bot.Bed.Dispatcher.Catalog;
        // The same commands without /add (and without those that need an autocomplete source, which this catalog lacks).
        var withoutAdd = new ChatCommandCatalog(catalog.Handlers.Where(c => c.Info.Name != "add" && c.Info.Options.All(o => o.AutocompleteSource is null)), []);

        SlashCommands.All(withoutAdd).ShouldNotContain(c => c.Name == SlashCommands.AddToBriefings);
        SlashCommands.All(catalog).ShouldContain(c => c.Name == SlashCommands.AddToBriefings && c.Type == ApplicationCommandType.Message);
    }
}
