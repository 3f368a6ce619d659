using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Chat.Catalog;
using BriefingBot.Testing.Chat;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Interactions;

/// <summary>A slash command's attachment option arrives as a file of the request, downloaded only when opened.</summary>
public sealed class DiscordAttachmentTests
{
    private static RecordingCommand Upload() => new(new ChatCommandInfo("upload", "Uploads an article", [
        new ChatCommandOption("file", "the article as a file", Required: true, MaxLength: 0) { Type = ChatOptionType.Attachment, Missing = "Attach the article." },
    ]));

    [Fact]
    public async Task An_attachment_option_arrives_as_one_attachment_whose_bytes_are_the_file()
    {
        var upload = Upload();
        await using var bot = await BotHarness.StartAsync(command: upload);
        var content = Encoding.UTF8.GetBytes("<html><body><p>The pier reopens in May.</p></body></html>");
        var command = InteractionPayloads.SlashCommandWithAttachment("upload", "file", bot.Fake.AddAttachment("pier.html", "text/html", content));

        await bot.SendAsync(command);
        await bot.AnswerAsync(command, "@original");

        var request = upload.Handled.ShouldHaveSingleItem().Request;
        request.Options.ContainsKey("file").ShouldBeFalse();
        var attachment = request.Attachments.ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("pier.html");
        attachment.ContentType.ShouldBe("text/html");
        attachment.Size.ShouldBe(content.Length);
        bot.Fake.Downloads.ShouldBeEmpty();
        (await attachment.ReadAllAsync(TestContext.Current.CancellationToken)).ShouldBe(content);
    }

    [Fact]
    public async Task A_file_on_a_message_that_addresses_the_bot_arrives_as_an_attachment_with_the_replied_text()
    {
        var upload = Upload();
        await using var bot = await BotHarness.StartAsync(command: upload);
        var file = bot.Fake.AddAttachment("pier.txt", "text/plain", Encoding.UTF8.GetBytes("The pier reopens in May."));

        await bot.Connection.SendDispatchAsync("MESSAGE_CREATE", new JsonObject
        {
            ["id"] = "3100",
            ["channel_id"] = "600",
            ["guild_id"] = "500",
            ["content"] = "<@999> /upload",
            ["author"] = new JsonObject { ["id"] = "77", ["username"] = "reader" },
            ["mentions"] = new JsonArray(new JsonObject { ["id"] = "999", ["username"] = "BriefingBot", ["bot"] = true }),
            ["attachments"] = new JsonArray(file),
            ["referenced_message"] = new JsonObject { ["id"] = "3099", ["channel_id"] = "600", ["content"] = "Ferry times change on Monday." },
        });
        await bot.Fake.WaitForRequestAsync(r => r.Path == "/channels/600/messages");

        var request = upload.Handled.ShouldHaveSingleItem().Request;
        request.Attachments.ShouldHaveSingleItem().FileName.ShouldBe("pier.txt");
        request.RepliedText.ShouldBe("Ferry times change on Monday.");
    }
}
