using System.Text;
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
}
